package org.laborlink.workers.imports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.ResidentIds;
import org.laborlink.platform.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@Tag("service")
class WorkerImportResourceTest {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String HEADER = "id,name,idNumber,birthDate,householdRegion,povertyStatus,skills,desiredOccupations,"
            + "expectedMonthlyPay,willingToMigrateTo,acceptedJobTypes\n";

    static String row(UUID id, String name, String idNumber, String pay) {
        return id + "," + name + "," + idNumber + ",,522601,REGISTERED_POOR,\"4-10-01-05:BASIC;4-03-02-01:CERTIFIED:S0052\","
                + "4-10-01-05;4-10-01-06," + pay + ",330000;440000,CARING_JOB;REGULAR\n";
    }

    /** Submits an upload and waits until the import has taken every row. */
    static JsonPath imported(String token, String contentType, String body) {
        String location = given().header("Authorization", "Bearer " + token).contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/worker-imports").then().statusCode(202).body("status", equalTo("QUEUED"))
                .header("Location", containsString("/api/v1/worker-imports/")).extract().header("Location");
        String path = location.substring(location.indexOf("/api/v1/"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> List.of("DONE", "FAILED")
                .contains(given().header("Authorization", "Bearer " + token).get(path).path("status")));
        return given().header("Authorization", "Bearer " + token).get(path).then().statusCode(200)
                .body("status", equalTo("DONE")).extract().jsonPath();
    }

    static ValidatableResponse file(UUID id) {
        return given().header("Authorization", "Bearer " + Tokens.officerKaili()).get("/api/v1/workers/" + id).then();
    }

    @Test
    void aCountyOfficeImportsCsvMalformedRowsAreRefusedWithTheirFieldsAndTheOthersStored() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID badCheckDigit = UUID.randomUUID();
        String valid = ResidentIds.next();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        String otherCounty = ResidentIds.next("522622");
        String csv = HEADER
                + row(first, "王芳", valid, "4200")
                + row(second, "\"李, 明\"", ResidentIds.next(), "3900")
                + row(badCheckDigit, "赵强", wrongCheck, "4000")
                + UUID.randomUUID() + ",刘洋," + ResidentIds.next() + ",1970-01-01,522601,,,,,,\n"
                + UUID.randomUUID() + ",周静," + otherCounty + ",,522622,,,,,,\n"
                + UUID.randomUUID() + ",吴军," + ResidentIds.next() + ",,522601,NOT_A_STATUS,,,abc,,\n";

        JsonPath done = imported(Tokens.officerKaili(), CSV, csv);

        assertAll(
                () -> assertEquals(6, done.getInt("rowsTotal")),
                () -> assertEquals(6, done.getInt("rowsDone")),
                () -> assertEquals(4, done.getInt("rowsFailed")),
                () -> assertEquals(2, done.getInt("filesRegistered")),
                () -> assertEquals(List.of(4, 5, 6, 7), done.getList("errors.line")),
                () -> assertEquals("idNumber", done.getString("errors[0].errors[0].field")),
                () -> assertEquals("birthDate", done.getString("errors[1].errors[0].field")),
                () -> assertEquals("householdRegion", done.getString("errors[2].errors[0].field")),
                () -> assertEquals("povertyStatus", done.getString("errors[3].errors[0].field")));
        file(first).statusCode(200).body("name", equalTo("王芳")).body("version", equalTo(1))
                .body("skills[1].certificateNumber", equalTo("S0052")).body("expectedMonthlyPay", equalTo(4200.0f))
                .body("desiredOccupations", hasItems("4-10-01-05", "4-10-01-06"))
                .body("acceptedJobTypes", hasItems("CARING_JOB", "REGULAR"));
        file(second).statusCode(200).body("name", equalTo("李, 明"));
        file(badCheckDigit).statusCode(404);
    }

    @Test
    void reRunningAnImportChangesNothingAndAChangedRowUpdatesTheFileWithHistory() {
        UUID id = UUID.randomUUID();
        String idNumber = ResidentIds.next();
        String csv = HEADER + row(id, "陈兰", idNumber, "4100");
        imported(Tokens.officerKaili(), CSV, csv);

        JsonPath again = imported(Tokens.officerKaili(), CSV, csv);
        assertEquals(List.of(0, 0, 1),
                List.of(again.getInt("filesRegistered"), again.getInt("filesUpdated"), again.getInt("filesUnchanged")));
        file(id).statusCode(200).header("ETag", "\"1\"");

        // the same ID number without an id column: the file is found by the number, never a second file
        JsonPath changed = imported(Tokens.officerKaili(), CSV,
                "name,idNumber,householdRegion,expectedMonthlyPay\n陈兰," + idNumber + ",522601,4600\n");
        assertEquals(List.of(0, 1),
                List.of(changed.getInt("filesRegistered"), changed.getInt("filesUpdated")));
        file(id).statusCode(200).header("ETag", "\"2\"").body("expectedMonthlyPay", equalTo(4600.0f))
                .body("skills.size()", equalTo(2));
        given().header("Authorization", "Bearer " + Tokens.officerKaili()).get("/api/v1/workers/" + id + "/history")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].version", equalTo(2))
                .body("[0].changes.field", equalTo(List.of("expectedMonthlyPay")));
    }

    @Test
    void jsonLinesTakeTheRegistrationBodyAndABrokenLineFailsAlone() {
        UUID id = UUID.randomUUID();
        String lines = "{\"id\":\"" + id + "\",\"name\":\"杨敏\",\"idNumber\":\"" + ResidentIds.next()
                + "\",\"householdRegion\":\"522601\",\"skills\":[{\"code\":\"4-10-01-05\",\"level\":\"CERTIFIED\"}]}\n"
                + "{\"name\": \"broken\n"
                + "\n"
                + "{\"name\":\"黄磊\",\"idNumber\":\"" + ResidentIds.next() + "\",\"householdRegion\":\"522601\",\"disability\":true}\n";
        JsonPath done = imported(Tokens.officerQiandongnan(), "application/x-ndjson", lines);
        assertEquals(List.of(3, 2, 1),
                List.of(done.getInt("rowsTotal"), done.getInt("rowsFailed"), done.getInt("filesRegistered")));
        assertEquals(List.of(1, 2), done.getList("errors.line"));
        assertEquals("skills[0].certificateNumber", done.getString("errors[0].errors[0].field"));
        file(id).statusCode(404);
    }

    @Test
    void aPartnerImportsOnlyFilesOfItsProvinceAndOnlyWhoMaySeeTheImportSeesIt() {
        UUID guizhou = UUID.randomUUID();
        UUID sichuan = UUID.randomUUID();
        String csv = "id,name,idNumber,householdRegion\n"
                + guizhou + ",张伟," + ResidentIds.next() + ",522601\n"
                + sichuan + ",阿木," + ResidentIds.next("513401") + ",513401\n";
        String location = given().header("Authorization", "Bearer " + Tokens.partner("510000")).contentType(CSV)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/worker-imports").then().statusCode(202).extract().header("Location");
        String path = location.substring(location.indexOf("/api/v1/"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(
                given().header("Authorization", "Bearer " + Tokens.partner("510000")).get(path).path("status")));
        given().header("Authorization", "Bearer " + Tokens.partner("510000")).get(path).then().statusCode(200)
                .body("region", equalTo("510000")).body("filesRegistered", equalTo(1)).body("rowsFailed", equalTo(1))
                .body("errors[0].line", equalTo(2)).body("errors[0].errors[0].field", equalTo("householdRegion"));
        file(guizhou).statusCode(404);
        given().header("Authorization", "Bearer " + Tokens.officerXichang()).get("/api/v1/workers/" + sichuan).then()
                .statusCode(200).body("name", equalTo("阿木"));

        given().header("Authorization", "Bearer " + Tokens.partner("520000")).get(path).then().statusCode(404);
        given().header("Authorization", "Bearer " + Tokens.officerKaili()).get(path).then().statusCode(404);
        // a county officer does not see a province-wide import; the partner pages through its refused rows
        given().header("Authorization", "Bearer " + Tokens.officerXichang()).get(path).then().statusCode(404);
        given().header("Authorization", "Bearer " + Tokens.partner("510000")).get(path + "/errors?after=0&limit=1").then()
                .statusCode(200).body("errors[0].line", equalTo(2)).body("next", endsWith("after=2&limit=1"));
    }

    @Test
    void aCsvSavedInGbkIsReadInItsCharset() {
        UUID id = UUID.randomUUID();
        String csv = "id,name,idNumber,householdRegion\n" + id + ",欧阳秀英," + ResidentIds.next() + ",522601\n";
        String location = given().header("Authorization", "Bearer " + Tokens.officerKaili()).contentType("text/csv; charset=GBK")
                .body(csv.getBytes(java.nio.charset.Charset.forName("GBK"))).post("/api/v1/worker-imports").then()
                .statusCode(202).extract().header("Location");
        String path = location.substring(location.indexOf("/api/v1/"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(
                given().header("Authorization", "Bearer " + Tokens.officerKaili()).get(path).path("status")));
        file(id).statusCode(200).body("name", equalTo("欧阳秀英"));
    }

    @Test
    void aBadUploadIsRefusedBeforeItIsQueued() {
        given().header("Authorization", "Bearer " + Tokens.officerKaili()).contentType(CSV)
                .body("name,idNumber,householdRegion,shoeSize\nx,y,522601,42\n").post("/api/v1/worker-imports").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("shoeSize"));
        given().header("Authorization", "Bearer " + Tokens.officerKaili()).contentType(CSV)
                .body("name,householdRegion\nx,522601\n").post("/api/v1/worker-imports").then()
                .statusCode(400).body("errors[0].field", equalTo("idNumber"));
        given().header("Authorization", "Bearer " + Tokens.officerKaili()).contentType("application/xml")
                .body("<x/>").post("/api/v1/worker-imports").then().statusCode(415);
        given().header("Authorization", "Bearer " + Tokens.employer()).contentType(CSV)
                .body(HEADER).post("/api/v1/worker-imports").then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.officerKaili()).get("/api/v1/worker-imports/" + UUID.randomUUID())
                .then().statusCode(404).body("failure", nullValue());
    }
}
