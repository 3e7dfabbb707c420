package org.laborlink.workers.labourfile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.ResidentIds;
import org.laborlink.platform.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@Tag("service")
class LabourFileResourceTest {

    static final String DEMO_WORKER = "00000000-0000-4000-8000-00000000a001";

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    static Map<String, Object> file(String name) {
        Map<String, Object> file = new HashMap<>();
        file.put("name", name);
        file.put("idNumber", ResidentIds.next());
        file.put("phone", "13812345678");
        file.put("householdRegion", "522601");
        file.put("povertyStatus", "RELOCATED_EX_SITU");
        file.put("povertyStatusYear", 2019);
        file.put("householdId", "KL-0381-22");
        file.put("educationLevel", "JUNIOR_SECONDARY");
        file.put("willingToTrain", true);
        file.put("trainingWishes", List.of("4-10-01-05"));
        file.put("skills", List.of(Map.of("code", "4-10-01-06", "level", "SKILLED"),
                Map.of("code", "4-03-02-01", "level", "CERTIFIED", "certificateNumber", "S000052260100123")));
        file.put("desiredOccupations", List.of("4-10-01-06"));
        file.put("expectedMonthlyPay", 3800);
        file.put("willingToMigrateTo", List.of("330000", "440000"));
        return file;
    }

    @Test
    void aCountyOfficerSetsUpAFileAndItsRegionCanReadIt() {
        String id = as(Tokens.officerKaili()).body(file("张丽 " + UUID.randomUUID())).post("/api/v1/workers")
                .then().statusCode(201).header("ETag", "\"1\"").header("Location", containsString("/api/v1/workers/"))
                .body("version", equalTo(1)).body("povertyStatus", equalTo("RELOCATED_EX_SITU"))
                .body("willingToMigrateTo", hasItems("330000", "440000"))
                .body("acceptedJobTypes", hasItems("REGULAR", "CARING_JOB", "PUBLIC_WELFARE_POST"))
                .extract().path("id");

        as(Tokens.officerQiandongnan()).get("/api/v1/workers/" + id).then().statusCode(200)
                .body("skills[0].level", equalTo("SKILLED")).body("home", nullValue())
                .body("skills[1].certificateNumber", equalTo("S000052260100123")).body("povertyStatusYear", equalTo(2019))
                .body("educationLevel", equalTo("JUNIOR_SECONDARY")).body("willingToTrain", equalTo(true))
                .body("trainingWishes", hasItems("4-10-01-05")).body("employmentStatus", equalTo("UNEMPLOYED"));
        as(Tokens.officerXichang()).get("/api/v1/workers/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aFileIsRefusedWithTheFieldsAtFault() {
        Map<String, Object> bad = file("x");
        bad.put("householdRegion", "522600");
        bad.put("desiredOccupations", List.of("4-10-00-00"));
        as(Tokens.officerKaili()).body(bad).post("/api/v1/workers").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("householdRegion"))
                .body("detail", containsString("county-level"));

        bad = file("x");
        bad.put("desiredOccupations", List.of("4-10-00-00"));
        as(Tokens.officerKaili()).body(bad).post("/api/v1/workers").then().statusCode(400)
                .body("errors[0].field", equalTo("desiredOccupations[0]"));

        bad = file("");
        bad.put("home", Map.of("lat", 95, "lon", 107.9));
        bad.put("willingToMigrateTo", List.of("330100"));
        as(Tokens.officerKaili()).body(bad).post("/api/v1/workers").then().statusCode(400)
                .body("errors.field", hasItems("name", "home.lat", "willingToMigrateTo[0]"));
    }

    @Test
    void aCertifiedSkillNeedsItsCertificateAndAPovertyYearCannotLieAhead() {
        Map<String, Object> bad = file("x");
        bad.put("skills", List.of(Map.of("code", "4-10-01-06", "level", "CERTIFIED")));
        as(Tokens.officerKaili()).body(bad).post("/api/v1/workers").then().statusCode(400)
                .body("errors[0].field", equalTo("skills[0].certificateNumber"));
        bad = file("x");
        bad.put("povertyStatusYear", java.time.Year.now().getValue() + 1);
        as(Tokens.officerKaili()).body(bad).post("/api/v1/workers").then().statusCode(400)
                .body("errors[0].field", equalTo("povertyStatusYear"));
    }

    @Test
    void onlyOfficersAndAdminsRegisterFilesAndOnlyInTheirRegion() {
        as(Tokens.worker()).body(file("x")).post("/api/v1/workers").then().statusCode(403);
        as(Tokens.partner("520000")).body(file("x")).post("/api/v1/workers").then().statusCode(403);
        as(Tokens.officerXichang()).body(file("x")).post("/api/v1/workers").then().statusCode(403);
        as(Tokens.adminGuizhou()).body(file("省级登记 " + UUID.randomUUID())).post("/api/v1/workers").then().statusCode(201);
        given().contentType(ContentType.JSON).body(file("x")).post("/api/v1/workers").then().statusCode(401);
    }

    @Test
    void theIdNumberIsCheckedAgainstItsCheckDigitAndAgainstTheStatedBirthDateAndSex() {
        Map<String, Object> bad = file("x");
        String id = (String) bad.get("idNumber");
        bad.put("idNumber", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
        as(Tokens.officerKaili()).body(bad).post("/api/v1/workers").then().statusCode(400)
                .body("errors[0].field", equalTo("idNumber")).body("detail", containsString("check digit"));

        bad = file("x");
        String born = ((String) bad.get("idNumber")).substring(6, 14);
        bad.put("birthDate", java.time.LocalDate.parse(born, java.time.format.DateTimeFormatter.BASIC_ISO_DATE).plusDays(1).toString());
        as(Tokens.officerKaili()).body(bad).post("/api/v1/workers").then().statusCode(400)
                .body("errors[0].field", equalTo("birthDate"));
    }

    @Test
    void oneIdNumberMakesOneFileAndNumbersAreMaskedOutsideTheRegion() {
        Map<String, Object> file = file("刘洋 " + UUID.randomUUID());
        String idNumber = (String) file.get("idNumber");
        String id = as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().statusCode(201)
                .body("idNumber", equalTo(idNumber)).body("phone", equalTo("13812345678"))
                .extract().path("id");

        Map<String, Object> again = file("同一个人");
        again.put("idNumber", idNumber);
        as(Tokens.officerQiandongnan()).body(again).post("/api/v1/workers").then().statusCode(409)
                .body("existing", equalTo("/api/v1/workers/" + id));
        as(Tokens.adminGuizhou()).body(again).post("/api/v1/workers").then().statusCode(409);

        String masked = idNumber.substring(0, 4) + "*************" + idNumber.substring(17);
        as(Tokens.partner("520000")).get("/api/v1/workers/" + id).then().statusCode(200)
                .body("idNumber", equalTo(masked)).body("phone", equalTo("138****5678"));
        as(Tokens.officerQiandongnan()).get("/api/v1/workers/" + id).then().body("idNumber", equalTo(idNumber));
    }

    @Test
    void aChangeNamesTheVersionItChangesAndIsKeptInTheHistory() {
        String id = as(Tokens.officerKaili()).body(file("陈静 " + UUID.randomUUID())).post("/api/v1/workers")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> change = Map.of("expectedMonthlyPay", 5000, "povertyStatus", "LIFTED_OUT");

        as(Tokens.officerKaili()).body(change).patch("/api/v1/workers/" + id).then().statusCode(428);
        as(Tokens.officerKaili()).header("If-Match", "\"1\"").body(change).patch("/api/v1/workers/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2))
                .body("povertyStatus", equalTo("LIFTED_OUT")).body("expectedMonthlyPay", equalTo(5000.0f));
        as(Tokens.officerKaili()).header("If-Match", "\"1\"").body(Map.of("expectedMonthlyPay", 5500))
                .patch("/api/v1/workers/" + id).then().statusCode(412).contentType("application/problem+json");
        as(Tokens.officerKaili()).header("If-Match", "\"2\"").body(change).patch("/api/v1/workers/" + id)
                .then().statusCode(200).body("version", equalTo(2));

        as(Tokens.officerQiandongnan()).get("/api/v1/workers/" + id + "/history").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].version", equalTo(2))
                .body("[0].changes.field", hasItems("expectedMonthlyPay", "povertyStatus"))
                .body("[0].changes.find { it.field == 'povertyStatus' }.from", equalTo("RELOCATED_EX_SITU"));
        as(Tokens.officerXichang()).get("/api/v1/workers/" + id + "/history").then().statusCode(404);
    }

    @Test
    void aWorkerChangesTheirOwnWishesButNotTheirPovertyStatusNorAnotherFile() {
        Map<String, Object> own = file("吴梅");
        own.put("id", DEMO_WORKER);
        int created = as(Tokens.officerKaili()).body(own).post("/api/v1/workers").then().extract().statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(created == 201 || created == 409, "the demo worker has a file");

        String etag = as(Tokens.worker()).get("/api/v1/me").then().statusCode(200).body("id", equalTo(DEMO_WORKER))
                .body("idNumber", containsString("*************")).extract().header("ETag");
        int pay = 3000 + new java.util.Random().nextInt(3000);
        String newEtag = as(Tokens.worker()).header("If-Match", etag).body(Map.of("expectedMonthlyPay", pay))
                .patch("/api/v1/workers/" + DEMO_WORKER).then().statusCode(200).extract().header("ETag");
        as(Tokens.worker()).header("If-Match", newEtag).body(Map.of("povertyStatus", "NONE"))
                .patch("/api/v1/workers/" + DEMO_WORKER).then().statusCode(403).body("detail", containsString("povertyStatus"));

        String someoneElse = as(Tokens.officerKaili()).body(file("别人 " + UUID.randomUUID())).post("/api/v1/workers")
                .then().statusCode(201).extract().path("id");
        as(Tokens.worker()).header("If-Match", "\"1\"").body(Map.of("expectedMonthlyPay", 1))
                .patch("/api/v1/workers/" + someoneElse).then().statusCode(404);
        as(Tokens.partner("520000")).header("If-Match", "\"1\"").body(Map.of("expectedMonthlyPay", 1))
                .patch("/api/v1/workers/" + someoneElse).then().statusCode(403);
    }

    @Test
    void anOfficerOnlySeesMeAsAWorkerWould() {
        as(Tokens.officerKaili()).get("/api/v1/me").then().statusCode(403);
    }
}
