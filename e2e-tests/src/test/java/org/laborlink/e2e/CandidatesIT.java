package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;

/**
 * The mirror question through the gateway: a posting's candidates, ranked and explained, for its employer only
 * (masked) and officers of its work region; and its migrating candidates in vehicle loads by home county.
 */
class CandidatesIT {

    @Test
    void aPostingsCandidatesPutTheSkilledFirstAreMaskedForTheEmployerAndHiddenFromOthers() {
        String skill = Platform.occupationNoWorkerHas();
        List<String> skilled = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            skilled.add(worker(List.of(Map.of("code", skill, "level", "SKILLED"))));
        }
        String job = as(Tokens.employer()).body(Map.ofEntries(Map.entry("title", "岗位 " + UUID.randomUUID()),
                        Map.entry("occupationCode", skill), Map.entry("workRegion", Platform.HANGZHOU_XIHU),
                        Map.entry("location", Map.of("lat", 30.26, "lon", 120.13)), Map.entry("jobType", "REGULAR"),
                        Map.entry("payMin", 5000), Map.entry("payMax", 5000 + (int) (Math.random() * 900)),
                        Map.entry("headcount", 50), Map.entry("accommodation", true), Map.entry("notADuplicate", true),
                        Map.entry("requiredSkills", List.of(Map.of("code", skill, "level", "BASIC", "mustHave", true)))))
                .post("/api/v1/jobs").then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonPath page = as(Tokens.employer()).get("/api/v1/jobs/" + job + "/candidates?limit=3").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(skilled.stream().sorted().toList(), page.getList("items.workerId", String.class).stream()
                    .sorted().toList(), "the three workers with the skill rank first");
            assertEquals(List.of(List.of(), List.of(), List.of()), page.getList("items.missingSkills"));
            assertNull(page.get("items[0].home"), "the employer sees no home point");
            assertNull(page.get("items[0].povertyStatus"), "nor the poverty status");
            assertTrue(page.getList("items[0].reasons.en", String.class).stream().anyMatch(r -> r.contains("skill")));
        });

        JsonPath groups = as(Tokens.employer()).get("/api/v1/jobs/" + job + "/transport-groups?vehicleSeats=2&limit=3")
                .then().statusCode(200).body("vehicleSeats", equalTo(2)).body("candidates", equalTo(3))
                .extract().jsonPath();
        assertEquals(Platform.KAILI, groups.getString("groups[0].homeRegion"));
        assertEquals(List.of(2, 1), groups.getList("groups[0].vehicles.seatsTaken"), "3 workers: a full vehicle and one");

        as(Tokens.otherEmployer()).get("/api/v1/jobs/" + job + "/candidates").then().statusCode(404);
        as(Tokens.otherEmployer()).get("/api/v1/jobs/" + job + "/transport-groups").then().statusCode(404);
        as(Tokens.officerKaili()).get("/api/v1/jobs/" + job + "/candidates").then().statusCode(404);
        as(Tokens.worker()).get("/api/v1/jobs/" + job + "/candidates").then().statusCode(404);
    }

    /** A Kaili worker who will go to Zhejiang, with the skills given. */
    private static String worker(List<Map<String, Object>> skills) {
        Map<String, Object> file = new HashMap<>(Platform.labourFile("吴金花 " + UUID.randomUUID()));
        file.put("skills", skills);
        return as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().statusCode(201).extract().path("id");
    }
}
