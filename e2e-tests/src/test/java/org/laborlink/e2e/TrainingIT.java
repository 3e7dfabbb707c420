package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;

/**
 * Skills training through the gateway with real tokens: places never oversold, a waiting list in order, and a
 * completion that reaches the labour file (over the real broker) and from there the worker's recommendations.
 */
class TrainingIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    
    @Test
    void fortyConcurrentEnrolmentsInACourseOfThirtyGiveThirtyPlacesAndTenWaitingAndADropOutMovesTheFirstIn()
            throws Exception {
        String course = course(30, Platform.HOUSEKEEPING);
        List<String> workers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            workers.add(worker(Map.of()));
        }
        String officer = Tokens.officerKaili();
        for (String w : workers) {
            known(w);
        }

        List<HttpResponse<String>> answers = Platform.concurrently(40, i -> Platform.HTTP.send(HttpRequest.newBuilder(
                        URI.create(Platform.GATEWAY + "/api/v1/courses/" + course + "/enrolments"))
                .header("Authorization", "Bearer " + officer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"workerId\":\"" + workers.get(i) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()));
        List<JsonPath> enrolments = new ArrayList<>();
        for (HttpResponse<String> a : answers) {
            assertEquals(201, a.statusCode(), a.body());
            enrolments.add(JsonPath.from(a.body()));
        }
        assertEquals(30, enrolments.stream().filter(e -> "ENROLLED".equals(e.getString("status"))).count());
        assertEquals(10, enrolments.stream().filter(e -> "WAITING".equals(e.getString("status"))).count());
        as(officer).get("/api/v1/courses/" + course).then().statusCode(200)
                .body("enrolled", equalTo(30)).body("placesLeft", equalTo(0));

        String dropped = enrolments.stream().filter(e -> "ENROLLED".equals(e.getString("status"))).findFirst()
                .orElseThrow().getString("id");
        String firstWaiting = enrolments.stream().filter(e -> "WAITING".equals(e.getString("status")))
                .min(Comparator.comparingLong(e -> e.getLong("waitingPosition"))).orElseThrow().getString("id");
        as(officer).body(Map.of("reason", "went home to care for a parent")).post("/api/v1/enrolments/" + dropped + "/drop")
                .then().statusCode(200).body("status", equalTo("DROPPED"));
        as(officer).get("/api/v1/enrolments/" + firstWaiting).then().statusCode(200).body("status", equalTo("ENROLLED"));
        as(officer).get("/api/v1/courses/" + course).then().statusCode(200).body("enrolled", equalTo(30));

        // once per course; the other provider and an officer elsewhere see nothing of it
        as(officer).body(Map.of("workerId", workers.get(0))).post("/api/v1/courses/" + course + "/enrolments")
                .then().statusCode(409);
        as(Tokens.provider()).get("/api/v1/courses/" + course + "/enrolments").then().statusCode(200)
                .body("size()", equalTo(40));
        as(Tokens.otherProvider()).get("/api/v1/courses/" + course + "/enrolments").then().statusCode(404);
        as(Tokens.otherProvider()).get("/api/v1/enrolments/" + dropped).then().statusCode(404);
        as(Tokens.officerXichang()).get("/api/v1/enrolments/" + dropped).then().statusCode(404);
        as(Tokens.worker()).get("/api/v1/enrolments/" + dropped).then().statusCode(404);
    }

    @Test
    void aCompletionAddsTheCertifiedSkillToTheLabourFileAndChangesTheRecommendationsAndTheTargetReport() {
        int year = TODAY.getYear();
        // a skill few other courses teach, so this test's course is among the suggestions whatever earlier runs left
        String skill = Platform.randomOccupation();
        String worker = worker(Map.of("desiredOccupations", List.of(Platform.HOUSEKEEPING),
                "acceptedJobTypes", List.of("REGULAR", "CARING_JOB")));
        String job = as(Tokens.employer()).body(Map.ofEntries(Map.entry("title", "家政服务员 " + UUID.randomUUID()),
                        Map.entry("occupationCode", Platform.HOUSEKEEPING), Map.entry("workRegion", Platform.HANGZHOU_XIHU),
                        Map.entry("location", Map.of("lat", 30.26, "lon", 120.13)), Map.entry("jobType", "REGULAR"),
                        Map.entry("payMin", 5000), Map.entry("payMax", 5000 + (int) (Math.random() * 900)),
                        Map.entry("headcount", 5), Map.entry("accommodation", true), Map.entry("notADuplicate", true),
                        Map.entry("requiredSkills", List.of(Map.of("code", skill, "level", "CERTIFIED",
                                "mustHave", true)))))
                .post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertEquals(List.of(skill), missingSkills(worker, job)));

        String course = course(20, skill);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                as(Tokens.officerKaili()).get("/api/v1/workers/" + worker + "/course-suggestions?limit=50&postingId=" + job)
                        .then().statusCode(200).body("missingSkills", equalTo(List.of(skill)))
                        .body("courses.course.id", hasItem(course)));
        as(Tokens.worker()).get("/api/v1/courses?skill=" + skill + "&region=" + Platform.KAILI + "&limit=200")
                .then().statusCode(200).body("items.id", hasItem(course));

        as(Tokens.officerKaili()).body(Map.of("year", year, "target", 50)).put("/api/v1/regions/" + Platform.KAILI
                + "/training-targets").then().statusCode(200).body("total.target", equalTo(50));
        as(Tokens.adminGuizhou()).body(Map.of("year", year, "target", 5000)).put("/api/v1/regions/520000/training-targets")
                .then().statusCode(200);
        int completedBefore = as(Tokens.officerKaili()).get("/api/v1/regions/" + Platform.KAILI
                + "/training-targets?year=" + year).then().statusCode(200).extract().path("total.completed");

        String enrolment = as(Tokens.officerKaili()).body(Map.of("workerId", worker))
                .post("/api/v1/courses/" + course + "/enrolments").then().statusCode(201)
                .body("status", equalTo("ENROLLED")).extract().path("id");
        as(Tokens.provider()).body(Map.of("session", 1, "attendedOn", TODAY.toString()))
                .post("/api/v1/enrolments/" + enrolment + "/attendance").then().statusCode(200)
                .body("sessionsAttended", equalTo(1));
        as(Tokens.provider()).body(Map.of("outcome", "COMPLETED", "assessedLevel", "CERTIFIED"))
                .post("/api/v1/enrolments/" + enrolment + "/completion").then().statusCode(400)
                .body("errors[0].field", equalTo("certificateNumber"));
        as(Tokens.otherProvider()).body(Map.of("outcome", "COMPLETED", "assessedLevel", "BASIC"))
                .post("/api/v1/enrolments/" + enrolment + "/completion").then().statusCode(404);
        String certificate = "GZ-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.provider()).body(Map.of("outcome", "COMPLETED", "assessedLevel", "CERTIFIED",
                        "certificateNumber", certificate))
                .post("/api/v1/enrolments/" + enrolment + "/completion").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));

        // the labour file learns the skill (worker-registry consumes training.v1), then matching sees it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                as(Tokens.officerKaili()).get("/api/v1/workers/" + worker).then().statusCode(200)
                        .body("skills.find { it.code == '" + skill + "' }.level", equalTo("CERTIFIED"))
                        .body("skills.find { it.code == '" + skill + "' }.certificateNumber",
                                equalTo(certificate)));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertEquals(List.of(), missingSkills(worker, job)));

        JsonPath county = as(Tokens.officerKaili()).get("/api/v1/regions/" + Platform.KAILI + "/training-targets?year="
                + year).then().statusCode(200).extract().jsonPath();
        assertEquals(completedBefore + 1, county.getInt("total.completed"));
        assertEquals(percent(county.getInt("total.completed"), 50), county.getDouble("total.completionPercent"), 0.001);
        JsonPath province = as(Tokens.adminGuizhou()).get("/api/v1/regions/520000/training-targets?year=" + year)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(5000, province.getInt("total.target"));
        assertTrue(province.getInt("total.completed") >= county.getInt("total.completed"));
        assertEquals(percent(province.getInt("total.completed"), 5000), province.getDouble("total.completionPercent"), 0.001);
        assertNotNull(province.get("subRegions.find { it.region == '522600' }"));
        as(Tokens.officerXichang()).get("/api/v1/regions/" + Platform.KAILI + "/training-targets").then().statusCode(404);

        // the completion is a fact subsidy-service decides a training subsidy from: claimed 2,000, capped at 1,500
        String claim = as(Tokens.officerKaili()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("programme", "TRAINING", "enrolmentId", enrolment, "amount", 2000,
                        "evidence", List.of(Map.of("kind", "training-certificate", "reference", certificate))))
                .post("/api/v1/claims").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                as(Tokens.officerKaili()).get("/api/v1/claims/" + claim).then().statusCode(200)
                        .body("status", equalTo("SUBMITTED")).body("amount", equalTo(1500.0f))
                        .body("workerId", equalTo(worker)));
    }

    private static double percent(int completed, int target) {
        return Math.round(completed * 1000.0 / target) / 10.0;
    }

    /** The must-have skills the worker lacks for the posting, per their recommendations (null while not among them). */
    private static List<String> missingSkills(String worker, String job) {
        String after = null;
        for (int page = 0; page < 30; page++) {
            JsonPath recommendations = as(Tokens.officerKaili()).get("/api/v1/workers/" + worker
                    + "/recommendations?limit=100" + (after == null ? "" : "&after=" + after)).then().statusCode(200)
                    .extract().jsonPath();
            List<String> missing = recommendations.getList("items.find { it.posting.postingId == '" + job
                    + "' }.missingSkills");
            if (missing != null) {
                return missing;
            }
            after = recommendations.getString("next");
            if (after == null) {
                return null;
            }
        }
        return null;
    }

    /** An on-site course of the Kaili provider teaching one skill, certifying it. */
    private static String course(int capacity, String skill) {
        return as(Tokens.provider()).body(Map.ofEntries(Map.entry("title", "家政服务员（五级）" + UUID.randomUUID()),
                        Map.entry("occupationCode", skill), Map.entry("skillCodes", List.of(skill)),
                        Map.entry("certifiesLevel", "CERTIFIED"), Map.entry("kind", "TARGETED"), Map.entry("mode", "HYBRID"),
                        Map.entry("region", Platform.KAILI), Map.entry("location", Map.of("lat", 26.58, "lon", 107.97)),
                        Map.entry("startsOn", TODAY.toString()), Map.entry("endsOn", TODAY.plusDays(20).toString()),
                        Map.entry("sessions", 10), Map.entry("capacity", capacity), Map.entry("cost", 0)))
                .post("/api/v1/courses").then().statusCode(201).body("free", equalTo(true)).extract().path("id");
    }

    /** A new worker of Kaili registered by the county officer, with fields changed as given. */
    private static String worker(Map<String, Object> changes) {
        Map<String, Object> file = new HashMap<>(Platform.labourFile("杨秀梅 " + UUID.randomUUID()));
        file.putAll(changes);
        return as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().statusCode(201).extract().path("id");
    }

    /** Waits until training-service has learned of the labour file (workers.v1). */
    private static void known(String worker) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                as(Tokens.officerKaili()).get("/api/v1/workers/" + worker + "/course-suggestions").then().statusCode(200));
    }
}
