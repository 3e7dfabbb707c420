package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

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
import io.restassured.response.Response;

/**
 * matching-service runs as two instances behind the gateway (deploy/local starts them on 18003 and 18013, in one
 * consumer group: each consumes some partitions of the topics). Asked directly, both give the same ranked page for
 * the same worker; both show a new posting, and stop showing it once closed, within 2 s of each other; the gateway
 * spreads the requests over both; a posting is suggested once, whichever instance consumed it; and a rebuild's
 * progress is the same on both.
 */
class MatchingInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INSTANCES = Platform.MATCHING_INSTANCES;
    private static final String ROUTE = "/api/v1/workers/{id}/recommendations";

    @Test
    void twoInstancesServeTheSameListsAndSeeTheSamePostings() throws Exception {
        assertTrue(INSTANCES.size() >= 2, "the platform runs two matching-service instances: " + INSTANCES);
        String occupation = Platform.occupationNoWorkerHas();
        Map<String, Object> file = new HashMap<>(Platform.labourFile("龙梅 " + UUID.randomUUID()));
        file.put("skills", List.of(Map.of("code", occupation, "level", "SKILLED")));
        file.put("desiredOccupations", List.of(occupation));
        file.put("acceptedJobTypes", List.of("REGULAR"));
        String worker = as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().statusCode(201)
                .extract().path("id");
        List<String> postings = new ArrayList<>();
        for (int pay : new int[] {5200, 5600, 6000}) {
            postings.add(post(occupation, pay));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> INSTANCES.stream().allMatch(i -> firstPage(i, worker).containsAll(postings)));

        // the same ranked page from either instance, whichever ranked the list; other tests' postings go on
        // arriving in the shared index (and each instance reads its lists every 2 s), so the two pages are
        // compared until they agree, for at most 10 s: a difference of the instances' own making would stay
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            List<Map<String, Object>> first = ranked(INSTANCES.get(0), worker);
            for (String instance : INSTANCES.subList(1, INSTANCES.size())) {
                assertEquals(first, ranked(instance, worker), "the same page (postings and scores) from " + instance);
            }
        });

        try (KafkaConsumer<String, String> suggestions = Platform.fromTheEnd("matches.v1")) {
            // a new posting, and later its close, seen by both instances within 2 s of each other
            String added = post(occupation, 6400);
            Map<String, Long> seenAt = whenEachInstance(worker, page -> page.contains(added));
            long spread = seenAt.values().stream().mapToLong(Long::longValue).max().orElseThrow()
                    - seenAt.values().stream().mapToLong(Long::longValue).min().orElseThrow();
            assertTrue(spread <= 2000, "both instances show the new posting within 2 s of each other: " + seenAt);

            // suggested once, however many instances there are
            // (read for 5 s after the first suggestion arrives: a second one would come from the other instance)
            Map<String, Integer> suggestedTimes = new HashMap<>();
            long until = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < until) {
                if (!suggestedTimes.isEmpty()) {
                    until = Math.min(until, System.currentTimeMillis() + 5_000);
                }
                for (ConsumerRecord<String, String> record : suggestions.poll(Duration.ofMillis(500))) {
                    Map<?, ?> data = JSON.readValue(record.value(), Map.class);
                    if (added.equals(data.get("postingId"))) {
                        suggestedTimes.merge(data.get("workerId") + "@" + data.get("postingVersion"), 1, Integer::sum);
                    }
                }
            }
            assertFalse(suggestedTimes.isEmpty(), "the new posting is suggested");
            assertTrue(suggestedTimes.values().stream().allMatch(n -> n == 1),
                    "each worker is suggested the posting once: " + suggestedTimes);

            as(Tokens.employer()).post("/api/v1/jobs/" + added + "/close").then().statusCode(200);
            Map<String, Long> goneAt = whenEachInstance(worker, page -> !page.contains(added));
            long goneSpread = goneAt.values().stream().mapToLong(Long::longValue).max().orElseThrow()
                    - goneAt.values().stream().mapToLong(Long::longValue).min().orElseThrow();
            assertTrue(goneSpread <= 2000, "both instances drop the closed posting within 2 s of each other: " + goneAt);
        }

        // the gateway spreads the requests over the instances
        Map<String, Double> before = recommendationRequests();
        for (int i = 0; i < 12; i++) {
            as(Tokens.officerKaili()).get("/api/v1/workers/" + worker + "/recommendations").then().statusCode(200);
        }
        Map<String, Double> after = recommendationRequests();
        for (String instance : INSTANCES) {
            assertTrue(after.get(instance) > before.get(instance), "requests reached " + instance + ": " + before + " -> " + after);
        }

        // a rebuild's progress (or its absence) is the same on every instance, whichever ran it
        Response progress = as(Tokens.adminGuizhou()).baseUri(INSTANCES.get(0)).get("/api/v1/admin/reindex");
        for (String instance : INSTANCES.subList(1, INSTANCES.size())) {
            Response other = as(Tokens.adminGuizhou()).baseUri(instance).get("/api/v1/admin/reindex");
            assertEquals(progress.statusCode(), other.statusCode());
            if (progress.statusCode() == 200 && "DONE".equals(progress.path("state"))) {
                assertEquals(progress.<String>path("startedAt"), other.<String>path("startedAt"));
            }
        }
    }

    private static String post(String occupation, int payMax) {
        Map<String, Object> posting = Map.of("title", "两个实例 " + UUID.randomUUID(), "occupationCode", occupation,
                "jobType", "REGULAR", "workRegion", Platform.KAILI, "location", Map.of("lat", 26.58, "lon", 107.98),
                "payMin", 5000, "payMax", payMax, "headcount", 3, "notADuplicate", true,
                "requiredSkills", List.of(Map.of("code", occupation, "level", "BASIC")));
        return as(Tokens.employer()).body(posting).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
    }

    /** The posting ids of the worker's first page, asked of one instance directly (it checks the token itself). */
    private static List<String> firstPage(String instance, String worker) {
        return ranked(instance, worker).stream().map(i -> (String) i.get("postingId")).toList();
    }

    private static List<Map<String, Object>> ranked(String instance, String worker) {
        Response response = given().baseUri(instance).header("Authorization", "Bearer " + Tokens.officerKaili())
                .contentType(ContentType.JSON).queryParam("limit", 20).get("/api/v1/workers/" + worker + "/recommendations");
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<Map<String, Object>> items = response.path("items");
        return items.stream().map(i -> Map.<String, Object>of("postingId", ((Map<?, ?>) i.get("posting")).get("postingId"),
                "score", i.get("score"))).toList();
    }

    /** When (epoch millis) each instance first answered a page that {@code holds}, polling every 50 ms for 20 s. */
    private static Map<String, Long> whenEachInstance(String worker, java.util.function.Predicate<List<String>> holds) {
        Map<String, Long> seen = new HashMap<>();
        long deadline = System.currentTimeMillis() + 20_000;
        while (seen.size() < INSTANCES.size() && System.currentTimeMillis() < deadline) {
            for (String instance : INSTANCES) {
                if (!seen.containsKey(instance) && holds.test(firstPage(instance, worker))) {
                    seen.put(instance, System.currentTimeMillis());
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertEquals(INSTANCES.size(), seen.size(), "every instance got there within 20 s: " + seen);
        return seen;
    }

    /** Each instance's count of recommendation requests served, from its metrics (management port = port + 100). */
    private static Map<String, Double> recommendationRequests() {
        Map<String, Double> counts = new HashMap<>();
        for (String instance : INSTANCES) {
            int port = Integer.parseInt(instance.substring(instance.lastIndexOf(':') + 1));
            String metrics = given().get("http://127.0.0.1:" + (port + 100) + "/q/metrics").then().statusCode(200)
                    .extract().asString();
            counts.put(instance, metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")
                    && l.contains("uri=\"" + ROUTE + "\"")).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                    .sum());
        }
        return counts;
    }
}
