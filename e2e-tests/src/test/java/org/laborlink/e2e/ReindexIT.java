package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.response.Response;

/**
 * An admin rebuilds matching's indexes from the topics while they keep serving: recommendations answer all along,
 * the aliases move to new indexes, and nothing is lost: postings from before and during the rebuild are there, the
 * one closed during it is not, and the labour file is still known.
 */
class ReindexIT {

    @Test
    void onlyAnAdminRebuildsOrFollowsARebuild() {
        as(Tokens.officerKaili()).post("/api/v1/admin/reindex").then().statusCode(403);
        as(Tokens.employer()).get("/api/v1/admin/reindex").then().statusCode(403);
    }

    @Test
    void aRebuildWhileServingLosesNothing() {
        String worker = as(Tokens.officerKaili()).body(Platform.labourFile("韦丽 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            before.add(postCaringJob());
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Platform.recommended(worker).keySet().containsAll(before));
        String jobsIndex = indexBehind("jobs");
        String workersIndex = indexBehind("workers");

        Response started = as(Tokens.adminGuizhou()).post("/api/v1/admin/reindex");
        started.then().statusCode(202).body("aliases.alias", hasItems("jobs", "workers"));

        // while it runs: new postings, a closing, and recommendations keep answering
        List<String> during = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            during.add(postCaringJob());
            recommendations(worker).then().statusCode(200);
        }
        as(Tokens.employer()).post("/api/v1/jobs/" + before.get(0) + "/close").then().statusCode(200);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
            recommendations(worker).then().statusCode(200);
            Response now = progress();
            assertNotEquals("FAILED", now.path("state"), now::asString);
            return now.<String>path("state");
        }, "DONE"::equals);

        Response done = progress();
        done.then().body("aliases.switched", everyItem(equalTo(true)));
        List<Map<String, Object>> aliases = done.path("aliases");
        for (Map<String, Object> alias : aliases) {
            assertEquals(((Number) alias.get("recordsTotal")).longValue(), ((Number) alias.get("recordsRead")).longValue(),
                    "read the topic to the end it had: " + alias);
            assertEquals(alias.get("index"), indexBehind((String) alias.get("alias")), "the alias moved to the new index");
        }
        assertNotEquals(jobsIndex, indexBehind("jobs"));
        assertNotEquals(workersIndex, indexBehind("workers"));
        given().get(Platform.OPENSEARCH + "/" + jobsIndex).then().statusCode(404);

        List<String> open = new ArrayList<>(before.subList(1, 3));
        open.addAll(during);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> Platform.recommended(worker),
                shown -> shown.keySet().containsAll(open) && !shown.containsKey(before.get(0)));
        assertTrue(progress().path("finishedAt") != null);
    }

    private static String postCaringJob() {
        return as(Tokens.employer()).body(Platform.caringJob("重建索引 " + UUID.randomUUID())).post("/api/v1/jobs")
                .then().statusCode(201).extract().path("id");
    }

    private static Response recommendations(String worker) {
        return as(Tokens.officerKaili()).get("/api/v1/workers/" + worker + "/recommendations?limit=100");
    }

    private static Response progress() {
        return as(Tokens.adminGuizhou()).get("/api/v1/admin/reindex").then().statusCode(200).extract().response();
    }

    private static String indexBehind(String alias) {
        Map<String, Object> indexes = given().get(Platform.OPENSEARCH + "/_alias/" + alias).then().statusCode(200)
                .extract().as(Map.class);
        assertEquals(1, indexes.size(), "one index behind " + alias + ": " + indexes.keySet());
        return indexes.keySet().iterator().next();
    }
}
