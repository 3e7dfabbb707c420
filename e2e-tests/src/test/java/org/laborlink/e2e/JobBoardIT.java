package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.ResidentIds;
import org.laborlink.platform.testing.Tokens;

import io.restassured.response.Response;

/** Postings held to their type's rules, expiry, and the way from application to employment, through the gateway. */
class JobBoardIT {

    static final String DEMO_WORKER = "00000000-0000-4000-8000-00000000a001";
    /** Offers start today in China (UTC+8) unless they say otherwise; asked when needed, as a run may cross midnight. */
    static LocalDate chinaToday() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static Map<String, Object> posting(String type, int payMin, int payMax) {
        Map<String, Object> p = new HashMap<>(Platform.caringJob("岗位 " + UUID.randomUUID()));
        p.put("jobType", type);
        p.put("payMin", payMin);
        p.put("payMax", payMax);
        return p;
    }

    @Test
    void aCaringJobPaysAtLeastTheProvincesFloorAndAsksNothingOfApplicants() {
        as(Tokens.employer()).body(posting("CARING_JOB", 4400, 5200)).post("/api/v1/jobs").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("caring-job-pay-floor"))
                .body("errors[0].field", equalTo("payMin"));
        as(Tokens.employer()).body(posting("CARING_JOB", 4500, 5200)).post("/api/v1/jobs").then().statusCode(201)
                .body("status", equalTo("OPEN"));
        Map<String, Object> ageLimited = posting("CARING_JOB", 4500, 5200);
        ageLimited.put("ageMax", 45);
        as(Tokens.employer()).body(ageLimited).post("/api/v1/jobs").then().statusCode(400)
                .body("detail", containsString("caring-job-open-to-all")).body("errors[0].field", equalTo("ageMax"));
        // offered regardless of age, skills or schooling: skills may be wished for, never required
        Map<String, Object> skillRequired = posting("CARING_JOB", 4500, 5200);
        skillRequired.put("requiredSkills", List.of(Map.of("code", Platform.ELDERLY_CARE, "level", "BASIC")));
        as(Tokens.employer()).body(skillRequired).post("/api/v1/jobs").then().statusCode(400)
                .body("detail", containsString("caring-job-open-to-all")).body("errors[0].field", equalTo("requiredSkills"));
    }

    @Test
    void aTemporaryPostLastsThreeMonthsAndAPublicWelfarePostPaysAtMostHalfTheMinimumWage() {
        LocalDate start = LocalDate.now().plusDays(7);
        Map<String, Object> temporary = posting("TEMPORARY_POST", 2600, 3000);
        temporary.put("startDate", start.toString());
        temporary.put("endDate", start.plusMonths(2).toString());
        as(Tokens.employer()).body(temporary).post("/api/v1/jobs").then().statusCode(400)
                .body("detail", containsString("temporary-post-duration")).body("errors[0].field", equalTo("endDate"));
        temporary.put("endDate", start.plusMonths(3).toString());
        as(Tokens.employer()).body(temporary).post("/api/v1/jobs").then().statusCode(201);

        // Zhejiang's minimum wage in the policy table, half of it is the ceiling of a public-welfare post
        double wage = as(Tokens.employer()).get("/api/v1/policies/330000").then().statusCode(200)
                .extract().jsonPath().getDouble("minimumMonthlyWage");
        Map<String, Object> welfare = posting("PUBLIC_WELFARE_POST", 600, (int) Math.floor(wage / 2) + 1);
        welfare.put("accidentInsuranceCover", 300000);
        as(Tokens.employer()).body(welfare).post("/api/v1/jobs").then().statusCode(400)
                .body("detail", containsString("public-welfare-post-pay-band")).body("errors[0].field", equalTo("payMax"));
        welfare.put("payMax", (int) Math.floor(wage / 2));
        as(Tokens.employer()).body(welfare).post("/api/v1/jobs").then().statusCode(201);
        welfare.remove("accidentInsuranceCover");
        as(Tokens.employer()).body(welfare).post("/api/v1/jobs").then().statusCode(400)
                .body("detail", containsString("public-welfare-post-insurance"));
    }

    @Test
    void theSamePostingAgainIsFlaggedAsALikelyDuplicateOfTheOpenOne() {
        Map<String, Object> job = posting("REGULAR", 5100, 5900 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90000));
        job.remove("notADuplicate");
        String first = as(Tokens.employer()).body(job).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        job.put("title", "换个标题 " + UUID.randomUUID());
        as(Tokens.employer()).body(job).post("/api/v1/jobs").then().statusCode(409)
                .body("type", containsString("likely-duplicate-posting")).body("existing", equalTo("/api/v1/jobs/" + first));
        // another employer posting the same is no duplicate; the employer may insist
        as(Tokens.otherEmployer()).body(job).post("/api/v1/jobs").then().statusCode(201);
        job.put("notADuplicate", true);
        as(Tokens.employer()).body(job).post("/api/v1/jobs").then().statusCode(201);
    }

    @Test
    void anEmployerChangesAnOpenPostingWithIfMatchWithinItsRulesAndMatchingSeesTheChange() {
        String worker = as(Tokens.officerKaili()).body(Platform.labourFile("韦丽 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        String job = as(Tokens.employer()).body(Platform.caringJob("护理员 " + UUID.randomUUID())).post("/api/v1/jobs")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/jobs/" + job;
        as(Tokens.employer()).body(Map.of("payMax", 6100)).patch(path).then().statusCode(428);
        as(Tokens.employer()).header("If-Match", "\"1\"").body(Map.of("payMin", 4400)).patch(path).then().statusCode(400)
                .body("detail", containsString("caring-job-pay-floor"));
        // the open posting is visible to all, changeable by its employer only
        as(Tokens.otherEmployer()).header("If-Match", "\"1\"").body(Map.of("payMax", 6100)).patch(path).then()
                .statusCode(403);
        as(Tokens.employer()).header("If-Match", "\"1\"").body(Map.of("payMax", 6100)).patch(path).then().statusCode(200)
                .header("ETag", "\"2\"").body("payMax", equalTo(6100.0f));
        as(Tokens.employer()).header("If-Match", "\"1\"").body(Map.of("payMax", 6200)).patch(path).then().statusCode(412);

        await().atMost(Duration.ofSeconds(20)).until(() -> Platform.recommended(worker).get(job),
                item -> item != null && Platform.reasonsOf(item).contains("pay 6,100 ≥ expected 4,500"));
    }

    @Test
    void anExpiredPostingLeavesTheRecommendationsByItself() {
        String worker = as(Tokens.officerKaili()).body(Platform.labourFile("罗梅 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        Map<String, Object> shortLived = Platform.caringJob("今日招聘 " + UUID.randomUUID());
        shortLived = new HashMap<>(shortLived);
        // long enough to be seen first on a busy machine, short enough for a test
        shortLived.put("expiresAt", Instant.now().plusSeconds(20).toString());
        String job = as(Tokens.employer()).body(shortLived).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(20)).until(() -> Platform.recommended(worker).containsKey(job));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> !Platform.recommended(worker).containsKey(job));
        // job-board's own expiry pass marks it a moment later (matching already leaves it out past its expiry)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(Tokens.employer()).get("/api/v1/jobs/" + job).then().statusCode(200).body("status", equalTo("EXPIRED")));
    }

    @Test
    void aHireMakesTheWorkerEmployedAndReachesTheirPartnerProvincesFeed() {
        demoWorkerKnownAndUnemployed();
        String job = as(Tokens.employer()).body(Platform.caringJob("养老护理员 " + UUID.randomUUID())).post("/api/v1/jobs")
                .then().statusCode(201).extract().path("id");
        String application = await().atMost(Duration.ofSeconds(30)).until(() -> as(Tokens.worker()).body(Map.of())
                .post("/api/v1/jobs/" + job + "/applications"), r -> r.statusCode() == 201).path("id");
        as(Tokens.worker()).body(Map.of()).post("/api/v1/jobs/" + job + "/applications").then().statusCode(409);

        // another employer sees neither the applicants nor the application
        as(Tokens.otherEmployer()).get("/api/v1/jobs/" + job + "/applications").then().statusCode(404);
        as(Tokens.otherEmployer()).get("/api/v1/applications/" + application).then().statusCode(404);
        as(Tokens.employer()).get("/api/v1/jobs/" + job + "/applications").then().statusCode(200)
                .body("id", hasItem(application));

        as(Tokens.employer()).body(Map.of("monthlyPay", 5000)).post("/api/v1/applications/" + application + "/offer")
                .then().statusCode(200).body("status", equalTo("OFFERED"));
        as(Tokens.worker()).post("/api/v1/applications/" + application + "/accept").then().statusCode(200)
                .body("status", equalTo("HIRED"));
        as(Tokens.employer()).get("/api/v1/jobs/" + job).then().body("placesLeft", equalTo(9));
        // matching learns from the outcome: the hire in its placements index, with the worker's county and where it is
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> given()
                .get(Platform.OPENSEARCH + "/placements/_doc/" + application).then().statusCode(200)
                .body("_source.county", equalTo(Platform.KAILI)).body("_source.occupationGroup", equalTo("4-10"))
                .body("_source.workPrefecture", equalTo("330100")).body("_source.weight", equalTo(1.0f)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Tokens.officerKaili())
                .get("/api/v1/workers/" + DEMO_WORKER).then().statusCode(200)
                .body("employmentStatus", equalTo("EMPLOYED_MIGRANT")).body("currentEmployer", equalTo(Platform.demoEmployer())));

        // Guizhou's partner follows the employment of its workers: the page, then 304 for the same page
        FeedPage feed = feedUntilIncludesTheDemoWorker();
        String etag = feed.page().header("ETag");
        as(Tokens.partner("520000")).header("If-None-Match", etag).get(feed.url()).then().statusCode(304);
        as(Tokens.partner("510000")).get("/api/v1/partners/520000/employment-feed").then().statusCode(404);

        // this run's hire: earlier runs' records of the demo worker may stay open with employers of earlier demo accounts
        String employment = feed.page().path("changes.find { it.workerId == '" + DEMO_WORKER + "' && it.endDate == null"
                + " && it.employerId == '" + Platform.demoEmployer() + "' }.id");
        String ended = chinaToday().toString();
        as(Tokens.employer()).body(Map.of("endDate", ended, "reason", "went home for the Spring Festival"))
                .post("/api/v1/employments/" + employment + "/end").then().statusCode(200)
                .body("endReason", equalTo("went home for the Spring Festival"));
        // ended within 30 days of its start: the hire takes its weight back in what matching learns
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> given()
                .get(Platform.OPENSEARCH + "/placement-endings/_doc/" + employment).then().statusCode(200)
                .body("_source.county", equalTo(Platform.KAILI)).body("_source.weight", equalTo(-1.0f)));
        // the ended record moved on in the feed: the same page has changed
        as(Tokens.partner("520000")).header("If-None-Match", etag).get(feed.url()).then().statusCode(200);
        as(Tokens.partner("520000")).get("/api/v1/employments/" + employment).then().statusCode(200)
                .body("endDate", equalTo(ended));
    }

    record FeedPage(String url, Response page) {
    }

    @Test
    void aJobFairCountsItsEmployersPostingsPlacesIntentionsAndHires() {
        demoWorkerKnownAndUnemployed();
        LocalDate today = chinaToday();
        String fair = as(Tokens.officerKaili()).body(Map.of("name", "春风行动 凯里专场", "kind", "ON_SITE", "region", Platform.KAILI,
                "startsOn", today.toString(), "endsOn", today.plusDays(1).toString())).post("/api/v1/job-fairs")
                .then().statusCode(201).body("postings", equalTo(0)).extract().path("id");
        String job = as(Tokens.employer()).body(Platform.caringJob("春风行动 " + UUID.randomUUID())).post("/api/v1/jobs")
                .then().statusCode(201).extract().path("id");
        String elsewhere = as(Tokens.employer()).body(Platform.caringJob("别处 " + UUID.randomUUID())).post("/api/v1/jobs")
                .then().statusCode(201).extract().path("id");
        as(Tokens.otherEmployer()).body(Map.of("postingId", job)).post("/api/v1/job-fairs/" + fair + "/postings").then()
                .statusCode(403);
        as(Tokens.employer()).body(Map.of("postingId", job)).post("/api/v1/job-fairs/" + fair + "/postings").then()
                .statusCode(200).body("employers", equalTo(1)).body("postings", equalTo(1)).body("places", equalTo(10));

        as(Tokens.worker()).body(Map.of("fairId", fair)).post("/api/v1/jobs/" + elsewhere + "/applications").then()
                .statusCode(400).body("errors[0].field", equalTo("fairId"));
        String application = await().atMost(Duration.ofSeconds(30)).until(() -> as(Tokens.worker())
                .body(Map.of("fairId", fair)).post("/api/v1/jobs/" + job + "/applications"), r -> r.statusCode() == 201)
                .path("id");
        as(Tokens.worker()).get("/api/v1/job-fairs/" + fair).then().body("intentions", equalTo(1)).body("hires", equalTo(0));
        as(Tokens.employer()).body(Map.of()).post("/api/v1/applications/" + application + "/offer").then().statusCode(200);
        as(Tokens.worker()).post("/api/v1/applications/" + application + "/accept").then().statusCode(200);
        as(Tokens.worker()).get("/api/v1/job-fairs/" + fair).then().body("intentions", equalTo(1)).body("hires", equalTo(1));
    }

    private static FeedPage feedUntilIncludesTheDemoWorker() {
        long after = 0;
        while (true) {
            String url = "/api/v1/partners/520000/employment-feed?limit=1000&after=" + after;
            Response page = as(Tokens.partner("520000")).get(url);
            page.then().statusCode(200);
            List<Map<String, Object>> changes = page.path("changes");
            if (changes.isEmpty()) {
                throw new AssertionError("the demo worker's hire is not in Guizhou's employment feed");
            }
            if (changes.stream().anyMatch(c -> DEMO_WORKER.equals(c.get("workerId")) && c.get("endDate") == null)) {
                return new FeedPage(url, page);
            }
            after = page.jsonPath().getLong("changes[-1].feedPosition");
        }
    }

    /** The demo worker (worker-demo's worker_id) has a labour file in Kaili, known to job-board, unemployed. */
    private static void demoWorkerKnownAndUnemployed() {
        Map<String, Object> file = new HashMap<>(Platform.labourFile("演示工人"));
        file.put("id", DEMO_WORKER);
        file.put("idNumber", ResidentIds.next());
        int status = as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("the demo worker's labour file could not be set up: " + status);
        }
        as(Tokens.officerKaili()).body(Map.of("status", "UNEMPLOYED")).post("/api/v1/workers/" + DEMO_WORKER + "/employment-status")
                .then().statusCode(200).body("employmentStatus", equalTo("UNEMPLOYED"));
    }
}
