package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.jobs.PostingPublished;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.platform.testing.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;


/**
 * Jobs for a worker through the gateway, on postings built by hand for one worker with an occupation and skills
 * drawn at random (so earlier runs' data does not interfere): each hard filter keeps out what it should and lets the
 * caring job through; the ranking puts nearer, better-skilled (levels compared) and better-paid postings first, the
 * way a labour officer would; the reasons say what the data says; and a factor without data says unknown.
 */
class RecommendationRankingIT {

    private static final GeoPoint KAILI_HOME = new GeoPoint(26.57, 107.98);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final String occupation = Platform.randomOccupation();
    private final String secondSkill = Platform.randomOccupation(occupation);

    @Test
    void eachHardFilterKeepsOutWhatItShouldAndCaringJobsAlwaysPass() throws Exception {
        String worker = worker(KAILI_HOME);
        String eligible = post("REGULAR", Platform.KAILI, near(), 5500, 6000, List.of());
        String migrantEligible = post("REGULAR", Platform.HANGZHOU_XIHU, new GeoPoint(30.26, 120.13), 6000, 6500, List.of());
        String typeNotAccepted = post("WORKSHOP_JOB", Platform.KAILI, near(), 5500, 6000, List.of());
        String provinceNotChosen = post("REGULAR", "110101", new GeoPoint(39.93, 116.40), 6000, 6500, List.of());
        String payBelowExpectation = post("REGULAR", Platform.KAILI, near(), 4800, 5000, List.of());
        String caringBelowExpectation = post("CARING_JOB", Platform.KAILI, near(), 4500, 5000, List.of());
        String closed = post("REGULAR", Platform.KAILI, near(), 5500, 6000, List.of());
        as(Tokens.employer()).post("/api/v1/jobs/" + closed + "/close").then().statusCode(200);
        // job-board never publishes these two (it expires and fills postings itself): as its events would say them
        String expired = UUID.randomUUID().toString();
        String noPlacesLeft = UUID.randomUUID().toString();
        Platform.publish("jobs.v1", published(expired, 1, LocalDate.now().minusDays(1)),
                published(noPlacesLeft, 0, LocalDate.now().plusDays(30)));
        for (String id : List.of(typeNotAccepted, provinceNotChosen, payBelowExpectation, expired, noPlacesLeft)) {
            awaitIndexed(id, "OPEN");
        }
        awaitIndexed(closed, "CLOSED");

        Map<String, Map<String, Object>> shown = awaitRecommended(worker, eligible, migrantEligible, caringBelowExpectation);
        assertTrue(shown.containsKey(eligible), "an open posting that meets every filter");
        assertTrue(shown.containsKey(migrantEligible), "a posting in a province the worker will migrate to");
        assertTrue(shown.containsKey(caringBelowExpectation), "a caring job passes the type and pay filters");
        for (var kept : Map.of(typeNotAccepted, "a job type the worker does not accept",
                provinceNotChosen, "a province the worker will not go to", payBelowExpectation,
                "pay below expectation", closed, "a closed posting", expired, "an expired posting",
                noPlacesLeft, "a posting with no places left").entrySet()) {
            assertFalse(shown.containsKey(kept.getKey()), kept.getValue() + " is not recommended");
        }
        assertTrue(Platform.reasonsOf(shown.get(caringBelowExpectation)).contains(
                "pay 5,000 < expected 5,500 (caring job, open regardless of age, skills or education)"));
        assertTrue(Platform.reasonsOf(shown.get(migrantEligible)).stream()
                .anyMatch(r -> r.endsWith("km from home, in a province the worker will migrate to")));
    }

    @Test
    void nearerBetterSkilledAndBetterPaidPostingsComeFirstAndTheReasonsSaySo() throws Exception {
        String worker = worker(KAILI_HOME);
        List<Map<String, Object>> covered = List.of(skill(occupation, "SKILLED"), skill(secondSkill, "BASIC"));
        GeoPoint guiyang = new GeoPoint(26.58, 106.71);
        String best = post("REGULAR", Platform.KAILI, near(), 6000, 7000, covered);
        String farther = post("REGULAR", "520102", guiyang, 6000, 7000, covered);
        String unheld = Platform.randomOccupation(occupation, secondSkill);
        String lessSkilled = post("REGULAR", Platform.KAILI, near(), 6000, 7000, List.of(skill(unheld, "BASIC"),
                skill(Platform.randomOccupation(occupation, secondSkill, unheld), "BASIC")));
        String higherLevel = post("REGULAR", Platform.KAILI, near(), 6000, 7000,
                List.of(skill(occupation, "CERTIFIED"), skill(secondSkill, "BASIC")));
        String lowerPaid = post("REGULAR", Platform.KAILI, near(), 5500, 5600, covered);

        Map<String, Map<String, Object>> shown = awaitRecommended(worker, best, farther, lessSkilled, higherLevel, lowerPaid);
        List<String> order = new ArrayList<>(shown.keySet());
        for (var worse : Map.of(farther, "farther from home", lessSkilled, "without the worker's skills", higherLevel,
                "asking a higher skill level than the worker has", lowerPaid, "paying less").entrySet()) {
            assertTrue(order.indexOf(best) < order.indexOf(worse.getKey()),
                    "the best posting ranks above the one " + worse.getValue() + ": " + order);
        }

        Map<String, Object> top = shown.get(best);
        assertEquals(1.0, factor(top, "skills"));
        assertEquals(1.0, factor(top, "occupation"));
        assertEquals(1.0, factor(top, "pay"));
        assertEquals(List.of(), top.get("missingSkills"));
        List<String> reasons = Platform.reasonsOf(top);
        assertTrue(reasons.contains("2 of 2 required skills"), reasons.toString());
        assertTrue(reasons.contains(String.format("%,.0f km from home", km(KAILI_HOME, near()))), reasons.toString());
        assertTrue(reasons.contains("pay 7,000 ≥ expected 5,500"), reasons.toString());
        assertTrue(Platform.reasonsOf(shown.get(farther)).contains(String.format("%,.0f km from home", km(KAILI_HOME, guiyang))),
                "the farther posting says how far: " + Platform.reasonsOf(shown.get(farther)));

        assertTrue(Platform.reasonsOf(shown.get(lessSkilled)).contains("0 of 2 required skills"));
        assertEquals(0.0, factor(shown.get(lessSkilled), "skills"));
        assertEquals(List.of(occupation), shown.get(higherLevel).get("missingSkills"), "SKILLED is short of CERTIFIED");
        assertTrue(Platform.reasonsOf(shown.get(higherLevel)).contains("1 of 2 required skills"));
    }

    @Test
    void aFactorWithoutDataSaysUnknown() {
        String worker = worker(null);
        String posting = post("REGULAR", Platform.KAILI, near(), 6000, 7000, List.of());
        Map<String, Object> shown = awaitRecommended(worker, posting).get(posting);
        assertNull(factor(shown, "distance"), "no home on file: the distance is unknown, not a number");
        assertTrue(Platform.reasonsOf(shown).contains("distance unknown"));
    }

    /** A Kaili worker wanting the test's occupation, 5,500 a month or more, regular jobs only, willing to go to Zhejiang. */
    private String worker(GeoPoint home) {
        Map<String, Object> file = new HashMap<>(Platform.labourFile("杨秀英 " + UUID.randomUUID()));
        if (home == null) {
            file.remove("home");
        }
        file.put("skills", List.of(Map.of("code", occupation, "level", "SKILLED"), Map.of("code", secondSkill, "level", "BASIC")));
        file.put("desiredOccupations", List.of(occupation));
        file.put("expectedMonthlyPay", 5500);
        file.put("acceptsLowerPay", false);
        file.put("acceptedJobTypes", List.of("REGULAR"));
        return as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().statusCode(201).extract().path("id");
    }

    private static GeoPoint near() {
        return new GeoPoint(26.60, 107.99);
    }

    private String post(String type, String region, GeoPoint location, int payMin, int payMax,
            List<Map<String, Object>> skills) {
        Map<String, Object> posting = new HashMap<>(Map.of("title", "排序测试 " + UUID.randomUUID(), "occupationCode",
                occupation, "jobType", type, "workRegion", region, "location",
                Map.of("lat", location.lat(), "lon", location.lon()), "payMin", payMin, "payMax", payMax,
                "headcount", 5, "requiredSkills", skills, "notADuplicate", true));
        return as(Tokens.employer()).body(posting).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> skill(String code, String level) {
        return Map.of("code", code, "level", level, "mustHave", true);
    }

    private EventEnvelope published(String id, int placesLeft, LocalDate expiresOn) {
        PostingPublished event = new PostingPublished(id, 1, "employer-demo", "排序测试 " + id, occupation,
                JobType.REGULAR, Platform.KAILI, near(), BigDecimal.valueOf(5500), BigDecimal.valueOf(6000), 5,
                placesLeft, List.of(new RequiredSkill(occupation, SkillLevel.BASIC, true)), false, false, false, null,
                expiresOn, Instant.now());
        return EventEnvelope.wrap(event, "e2e", JSON);
    }

    /** Waits until matching's jobs index holds the posting in that status: a filter is only tested on what it has. */
    private static void awaitIndexed(String posting, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given()
                .get(Platform.OPENSEARCH + "/jobs/_doc/" + posting).then().statusCode(200)
                .body("_source.status", equalTo(status)));
    }

    /** Every recommendation of the worker in rank order, page by page, once all of {@code expected} are among them. */
    private static Map<String, Map<String, Object>> awaitRecommended(String worker, String... expected) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Platform.recommended(worker), shown -> shown.keySet().containsAll(List.of(expected)));
    }

    private static Double factor(Map<String, Object> item, String name) {
        Object value = ((Map<?, ?>) item.get("factors")).get(name);
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static double km(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371.0 * 2 * Math.asin(Math.sqrt(h));
    }
}
