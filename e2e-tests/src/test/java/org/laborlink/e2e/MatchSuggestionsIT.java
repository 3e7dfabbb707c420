package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/**
 * A published posting is suggested to its best few workers on {@code matches.v1} over the real broker, as a
 * notifier would read it: one {@code laborlink.match.suggested.v1} per worker, keyed by the worker, ranked, with
 * the reasons the worker would see.
 */
class MatchSuggestionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNewPostingIsSuggestedToTheWorkersItSuitsBest() throws Exception {
        String occupation = Platform.occupationNoWorkerHas();
        List<String> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> file = new HashMap<>(Platform.labourFile("潘燕 " + UUID.randomUUID()));
            file.put("skills", List.of(Map.of("code", occupation, "level", "SKILLED")));
            file.put("desiredOccupations", List.of(occupation));
            file.put("acceptedJobTypes", List.of("REGULAR"));
            workers.add(as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().statusCode(201)
                    .extract().path("id"));
        }
        for (String worker : workers) {
            // searchable, not just stored: the suggestions are a search made when the posting arrives
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                    given().contentType(ContentType.JSON).body("{\"query\":{\"term\":{\"workerId\":\"" + worker + "\"}}}")
                            .post(Platform.OPENSEARCH + "/workers/_count").then().statusCode(200)
                            .extract().<Integer>path("count") == 1);
        }

        try (KafkaConsumer<String, String> consumer = Platform.fromTheEnd("matches.v1")) {
            Map<String, Object> posting = Map.of("title", "推荐测试 " + UUID.randomUUID(), "occupationCode", occupation,
                    "jobType", "REGULAR", "workRegion", Platform.KAILI, "location", Map.of("lat", 26.58, "lon", 107.98),
                    "payMin", 5000, "payMax", 6000, "headcount", 3, "notADuplicate", true,
                    "requiredSkills", List.of(Map.of("code", occupation, "level", "BASIC")));
            String postingId = as(Tokens.employer()).body(posting).post("/api/v1/jobs").then().statusCode(201)
                    .extract().path("id");

            Map<String, Map<String, Object>> suggested = new HashMap<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (!suggested.keySet().containsAll(workers) && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, Object> data = JSON.readValue(record.value(), Map.class);
                    if (postingId.equals(data.get("postingId"))) {
                        assertEquals("laborlink.match.suggested.v1",
                                new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
                        assertEquals(data.get("workerId"), record.key(), "keyed by the worker");
                        suggested.put((String) data.get("workerId"), data);
                    }
                }
            }
            assertTrue(suggested.keySet().containsAll(workers), "the three workers it suits: " + suggested.keySet());
            assertTrue(suggested.size() <= 5, "the best few, not everyone");
            for (String worker : workers) {
                Map<String, Object> s = suggested.get(worker);
                assertTrue((Integer) s.get("rank") <= 5, s.toString());
                assertTrue(((List<?>) s.get("reasons")).contains("1 of 1 required skills"), s.toString());
            }
        }
    }
}
