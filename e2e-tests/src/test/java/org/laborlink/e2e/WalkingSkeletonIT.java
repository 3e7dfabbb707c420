package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;


/**
 * The walking skeleton, through the gateway with real Keycloak tokens: an officer sets up a labour file, an
 * employer posts a caring job, and the posting shows up in the worker's recommendations via outbox, Kafka and
 * OpenSearch; when the employer closes it, it leaves them.
 */
class WalkingSkeletonIT {

    @Test
    void aPostedCaringJobReachesTheRecommendationsOfAWorkerWhoWantsThatWorkAndLeavesWhenClosed() {
        String workerId = as(Tokens.officerKaili()).body(Platform.labourFile("吴梅 " + UUID.randomUUID()))
                .post("/api/v1/workers")
                .then().statusCode(201).header("ETag", "\"1\"").body("householdRegion", equalTo(Platform.KAILI))
                .extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Tokens.officerKaili())
                .get("/api/v1/workers/" + workerId + "/recommendations").then().statusCode(200));

        String title = "养老护理员 " + UUID.randomUUID();
        long posted = System.nanoTime();
        String postingId = as(Tokens.employer()).body(Platform.caringJob(title)).post("/api/v1/jobs")
                .then().statusCode(201).body("status", equalTo("OPEN")).body("placesLeft", equalTo(10))
                .extract().path("id");

        Map<String, Object> ours = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Platform.recommended(workerId).get(postingId), java.util.Objects::nonNull);
        System.out.printf("post-to-recommendation latency: %d ms%n", (System.nanoTime() - posted) / 1_000_000);
        Map<?, ?> factors = (Map<?, ?>) ours.get("factors");
        assertEquals(1.0, ((Number) factors.get("skills")).doubleValue(), "a caring job requires no skill: nothing is missing");
        assertEquals(1.0, ((Number) factors.get("occupation")).doubleValue(), "the occupation the worker wants");
        List<Map<String, String>> reasons = (List<Map<String, String>>) ours.get("reasons");
        assertTrue(reasons.stream().anyMatch(r -> r.get("en").equals("no required skills")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.get("en").equals("pay 5,200 ≥ expected 4,500")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.get("zh").equals("提供住宿")), "a migrant is told of the dormitory");

        as(Tokens.employer()).post("/api/v1/jobs/" + postingId + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !Platform.recommended(workerId).containsKey(postingId));
    }

    @Test
    void aJobOutsideTheProvincesTheWorkerWillGoToIsNotRecommended() {
        String workerId = as(Tokens.officerKaili()).body(Platform.labourFile("龙军 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        Map<String, Object> inBeijing = new java.util.HashMap<>(Platform.caringJob("北京养老护理 " + UUID.randomUUID()));
        inBeijing.put("workRegion", "110101");
        inBeijing.remove("location");
        String beijingId = as(Tokens.employer()).body(inBeijing).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        String hangzhouId = as(Tokens.employer()).body(Platform.caringJob("杭州养老护理 " + UUID.randomUUID()))
                .post("/api/v1/jobs").then().statusCode(201).extract().path("id");

        Map<String, Map<String, Object>> shown = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Platform.recommended(workerId), s -> s.containsKey(hangzhouId));
        assertTrue(!shown.containsKey(beijingId), "Beijing is not a province the worker will go to");
        given().get(Platform.OPENSEARCH + "/jobs/_doc/" + beijingId).then().statusCode(200)
                .body("_source.workProvince", equalTo("110000")).body("_source.status", equalTo("OPEN"))
                .body("_version", notNullValue());
    }
}
