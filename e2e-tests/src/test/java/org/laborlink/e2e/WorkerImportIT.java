package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.laborlink.e2e.Platform.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.ResidentIds;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;

/** Bulk imports of labour files through the gateway, by a partner province, over the real platform. */
class WorkerImportIT {

    /** Submits a CSV import and waits for it to take every row. */
    static JsonPath imported(String token, String csv) {
        String location = given().baseUri(Platform.GATEWAY).header("Authorization", "Bearer " + token)
                .contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/worker-imports").then().statusCode(202)
                .extract().header("Location");
        String path = location.substring(location.indexOf("/api/v1/"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"QUEUED".equals(status(token, path)) && !"RUNNING".equals(status(token, path)));
        return as(token).get(path).then().statusCode(200).body("status", equalTo("DONE")).extract().jsonPath();
    }

    private static String status(String token, String path) {
        return as(token).get(path).path("status");
    }

    @Test
    void aPartnerImportsItsProvincesFilesNotAnotherProvincesAndTheImportedWorkerReachesMatching() {
        UUID guizhou = UUID.randomUUID();
        UUID sichuan = UUID.randomUUID();
        String csv = "id,name,idNumber,householdRegion,povertyStatus,skills,desiredOccupations,expectedMonthlyPay,"
                + "willingToMigrateTo,acceptedJobTypes\n"
                + guizhou + ",龙秀英," + ResidentIds.next() + "," + Platform.KAILI + ",REGISTERED_POOR,"
                + Platform.ELDERLY_CARE + ":BASIC," + Platform.ELDERLY_CARE + ",4500,330000,CARING_JOB\n"
                + sichuan + ",吉克阿呷," + ResidentIds.next("513401") + ",513401,,,,,,\n";

        JsonPath done = imported(Tokens.partner("520000"), csv);

        assertEquals(List.of(2, 1, 1), List.of(done.getInt("rowsDone"), done.getInt("filesRegistered"), done.getInt("rowsFailed")));
        assertEquals(3, done.getInt("errors[0].line"));
        assertEquals("householdRegion", done.getString("errors[0].errors[0].field"));
        as(Tokens.officerXichang()).get("/api/v1/workers/" + sichuan).then().statusCode(404);
        as(Tokens.partner("520000")).get("/api/v1/workers/" + guizhou).then().statusCode(200)
                .body("name", equalTo("龙秀英")).body("version", equalTo(1));
        // the imported file's registered event went out through the outbox and Kafka: matching knows the worker
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Tokens.officerKaili())
                .get("/api/v1/workers/" + guizhou + "/recommendations").then().statusCode(200));
    }

    @Test
    void reRunningAnImportChangesNothing() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String csv = "id,name,idNumber,householdRegion,expectedMonthlyPay,willingToMigrateTo\n"
                + first + ",潘桂兰," + ResidentIds.next() + "," + Platform.KAILI + ",3600,440000\n"
                + second + ",石建国," + ResidentIds.next() + "," + Platform.KAILI + ",4100,\n";
        JsonPath firstRun = imported(Tokens.officerKaili(), csv);
        assertEquals(2, firstRun.getInt("filesRegistered"));
        String before = as(Tokens.officerKaili()).get("/api/v1/workers/" + first).then().statusCode(200)
                .extract().header("ETag");

        JsonPath rerun = imported(Tokens.officerKaili(), csv);

        assertEquals(List.of(0, 0, 2, 0), List.of(rerun.getInt("filesRegistered"), rerun.getInt("filesUpdated"),
                rerun.getInt("filesUnchanged"), rerun.getInt("rowsFailed")));
        for (UUID id : List.of(first, second)) {
            as(Tokens.officerKaili()).get("/api/v1/workers/" + id).then().statusCode(200).header("ETag", "\"1\"");
            as(Tokens.officerKaili()).get("/api/v1/workers/" + id + "/history").then().statusCode(200)
                    .body("size()", equalTo(0));
        }
        assertEquals("\"1\"", before);
    }
}
