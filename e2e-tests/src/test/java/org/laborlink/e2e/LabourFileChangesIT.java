package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

/**
 * A labour file changes under optimistic concurrency through the gateway, and the change reaches matching: when the
 * worker says she will also go to Beijing, a Beijing caring job joins her recommendations.
 */
class LabourFileChangesIT {

    @Test
    void aWiderWillingnessToMigrateBringsInJobsOfTheNewProvinceAndAStaleVersionIsRefused() {
        String workerId = as(Tokens.officerKaili()).body(Platform.labourFile("杨梅 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        Map<String, Object> inBeijing = new HashMap<>(Platform.caringJob("北京养老护理 " + UUID.randomUUID()));
        inBeijing.put("workRegion", "110105");
        inBeijing.remove("location");
        String beijingJob = as(Tokens.employer()).body(inBeijing).post("/api/v1/jobs").then().statusCode(201)
                .extract().path("id");
        String hangzhouJob = as(Tokens.employer()).body(Platform.caringJob("杭州养老护理 " + UUID.randomUUID()))
                .post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> Platform.recommended(workerId),
                shown -> shown.containsKey(hangzhouJob) && !shown.containsKey(beijingJob));

        as(Tokens.officerKaili()).header("If-Match", "\"1\"").body(Map.of("willingToMigrateTo", List.of("330000", "110000")))
                .patch("/api/v1/workers/" + workerId).then().statusCode(200).header("ETag", "\"2\"");
        as(Tokens.officerKaili()).header("If-Match", "\"1\"").body(Map.of("expectedMonthlyPay", 9000))
                .patch("/api/v1/workers/" + workerId).then().statusCode(412).contentType("application/problem+json");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Platform.recommended(workerId).containsKey(beijingJob));
        as(Tokens.officerKaili()).get("/api/v1/workers/" + workerId + "/history").then().statusCode(200)
                .body("[0].changes[0].field", equalTo("willingToMigrateTo"));
    }

    @Test
    void aWorkerReadingAnotherWorkersFileGetsNotFound() {
        String workerId = as(Tokens.officerKaili()).body(Platform.labourFile("李娟 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        as(Tokens.worker()).get("/api/v1/workers/" + workerId).then().statusCode(404);
        as(Tokens.worker()).get("/api/v1/workers/" + workerId + "/history").then().statusCode(404);
        as(Tokens.worker()).header("If-Match", "\"1\"").body(Map.of("expectedMonthlyPay", 1))
                .patch("/api/v1/workers/" + workerId).then().statusCode(404);
    }
}
