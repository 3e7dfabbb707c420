package org.laborlink.workers.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.ResidentIds;
import org.laborlink.platform.testing.Tokens;
import org.laborlink.platform.time.PlatformCalendar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@Tag("service")
class VerificationResourceTest {

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    static String newFile() {
        return as(Tokens.officerKaili()).body(Map.of("name", "核查对象 " + UUID.randomUUID(), "idNumber", ResidentIds.next(),
                "householdRegion", "522601")).post("/api/v1/workers").then().statusCode(201).extract().path("id");
    }

    @Test
    void aVisitRecordsTheOutcomeAndMarksTheFileVerifiedByTheOfficer() {
        String id = newFile();
        // today on the platform's calendar (China's), which is a day ahead of UTC's from 16:00 to 24:00 UTC
        String today = PlatformCalendar.today().toString();
        as(Tokens.officerKaili()).body(Map.of("visitedOn", today, "outcome", "CONFIRMED", "notes", "在家，情况属实"))
                .post("/api/v1/workers/" + id + "/verifications").then().statusCode(201)
                .body("outcome", equalTo("CONFIRMED")).body("officer", notNullValue());
        as(Tokens.officerQiandongnan()).get("/api/v1/workers/" + id).then().statusCode(200)
                .body("lastVerifiedOn", equalTo(today)).body("lastVerifiedBy", notNullValue()).body("version", equalTo(2));
        as(Tokens.officerKaili()).get("/api/v1/workers/" + id + "/verifications").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].notes", equalTo("在家，情况属实"));
        as(Tokens.officerKaili()).get("/api/v1/workers/" + id + "/history").then()
                .body("[0].changes.field", org.hamcrest.Matchers.hasItem("lastVerifiedOn"));
    }

    @Test
    void aVisitMustBeInThePastAndACorrectionSaysWhatWasCorrected() {
        String id = newFile();
        as(Tokens.officerKaili()).body(Map.of("visitedOn", LocalDate.now().toString(), "outcome", "CORRECTED"))
                .post("/api/v1/workers/" + id + "/verifications").then().statusCode(400)
                .body("errors[0].field", equalTo("corrections"));
        as(Tokens.officerKaili()).body(Map.of("visitedOn", LocalDate.now().plusDays(3).toString(), "outcome", "CONFIRMED"))
                .post("/api/v1/workers/" + id + "/verifications").then().statusCode(400)
                .body("errors[0].field", equalTo("visitedOn"));
    }

    @Test
    void onlyOfficersOfTheRegionRecordVisits() {
        String id = newFile();
        Map<String, String> visit = Map.of("visitedOn", LocalDate.now().toString(), "outcome", "MOVED_AWAY");
        as(Tokens.officerXichang()).body(visit).post("/api/v1/workers/" + id + "/verifications").then().statusCode(404);
        as(Tokens.partner("520000")).body(visit).post("/api/v1/workers/" + id + "/verifications").then().statusCode(403);
        as(Tokens.worker()).body(visit).post("/api/v1/workers/" + id + "/verifications").then().statusCode(403);
        as(Tokens.employer()).get("/api/v1/workers/" + id + "/verifications").then().statusCode(404);
    }

    @Test
    void theRegionListsFilesNotVerifiedForTheGivenDays() {
        String never = newFile();
        String recent = newFile();
        as(Tokens.officerKaili()).body(Map.of("visitedOn", LocalDate.now().minusDays(5).toString(), "outcome", "CONFIRMED"))
                .post("/api/v1/workers/" + recent + "/verifications").then().statusCode(201);

        Set<String> due = unverified(Tokens.officerQiandongnan(), "522600", 30);
        assertTrue(due.contains(never), "a file never visited is due");
        assertFalse(due.contains(recent), "a file visited 5 days ago is not due within 30 days");
        assertTrue(unverified(Tokens.officerKaili(), "522601", 3).contains(recent), "but it is within 3 days");

        as(Tokens.officerXichang()).get("/api/v1/regions/522601/unverified-files").then().statusCode(404);
        as(Tokens.worker()).get("/api/v1/regions/522601/unverified-files").then().statusCode(403);
    }

    private static Set<String> unverified(String token, String region, int days) {
        Set<String> ids = new HashSet<>();
        String after = "";
        for (int page = 0; page < 1000 && after != null; page++) {
            Response r = as(token).queryParam("days", days).queryParam("limit", 1000).queryParam("after", after)
                    .get("/api/v1/regions/" + region + "/unverified-files");
            r.then().statusCode(200);
            List<String> items = r.path("items.id");
            ids.addAll(items);
            after = r.path("next");
        }
        return ids;
    }
}
