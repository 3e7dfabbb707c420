package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;

/**
 * Rights protection through the gateway: a Guizhou worker employed in Hangzhou complains of wage arrears; Hangzhou's
 * officers handle the case step by step to a resolution with money recovered; who may file, read and act; the
 * worker's rights file; deadlines from the work province's policy making a case overdue.
 */
class RightsCasesIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void wageArrearsInHangzhouAreHandledByHangzhouToAResolutionWithTheMoneyRecovered() {
        // a Hangzhou employer of its own, with an HR account, so the flag holds its postings only
        String[] employerAndHr = hangzhouEmployerWithHr();
        String employer = employerAndHr[0];
        String hr = employerAndHr[1];
        String worker = PartnerWebhooksIT.kailiWorker();
        String employment = PartnerWebhooksIT.hire(worker, employer);
        // a colleague from Kaili is recommended the employer's open caring job
        String colleague = PartnerWebhooksIT.kailiWorker();
        String job = as(hr).body(Platform.caringJob("养老护理员 " + UUID.randomUUID())).post("/api/v1/jobs")
                .then().statusCode(201).extract().path("id");
        String page = await().atMost(Duration.ofSeconds(30)).until(() -> Platform.pageShowing(colleague, job),
                java.util.Objects::nonNull);
        String figuresPath = "/api/v1/regions/330100/rights-figures?employerId=" + employer;
        JsonPath before = as(Tokens.officerHangzhou()).get(figuresPath).then().statusCode(200).extract().jsonPath();
        String kailiTranscript = "/api/v1/reports/transcript?region=" + Platform.KAILI;
        JsonPath kailiBefore = as(Tokens.officerKaili()).get(kailiTranscript).then().statusCode(200).extract().jsonPath();
        // her home province's partner and another subscribe to the early warning
        LoopbackReceiver guizhou = PartnerWebhooksIT.receiver();
        LoopbackReceiver sichuan = PartnerWebhooksIT.receiver();
        List<String> warningNews = List.of("employer.flagged", "employer.flag-cleared");
        String guizhouSubscription = PartnerWebhooksIT.subscribe("520000", guizhou, warningNews).getString("id");
        String sichuanSubscription = PartnerWebhooksIT.subscribe("510000", sichuan, warningNews).getString("id");
        try (KafkaConsumer<String, String> rights = Platform.fromTheEnd("rights.v1")) {
            // her home county's office files it for her
            JsonPath filed = as(Tokens.officerKaili()).body(Map.of("employmentId", employment, "caseType", "WAGE_ARREARS",
                    "description", "十月、十一月工资未发", "amountClaimed", 4200)).post("/api/v1/rights-cases").then()
                    .statusCode(201).body("status", equalTo("FILED")).body("workRegion", equalTo(Platform.HANGZHOU_XIHU))
                    .body("overdue", equalTo(false)).extract().jsonPath();
            String id = filed.getString("id");
            long flaggedAt = System.nanoTime();

            // the early warning: the employer is flagged, its open posting leaves her colleague's recommendations
            // (watched on the pages around the one that showed it; then no page shows it)
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !Platform.pageShows(colleague, page, job));
            System.out.printf("flagged employer's posting out of the recommendations %d ms after the case was filed%n",
                    (System.nanoTime() - flaggedAt) / 1_000_000);
            assertTrue(!Platform.recommended(colleague).containsKey(job), "a held posting on a later page");
            as(hr).get("/api/v1/jobs/" + job).then().statusCode(200).body("status", equalTo("SUSPENDED"));
            // its next posting waits as a draft for Hangzhou's review; the employer cannot publish it itself
            String next = as(hr).body(Platform.caringJob("护理员 " + UUID.randomUUID())).post("/api/v1/jobs")
                    .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
            as(hr).post("/api/v1/jobs/" + next + "/publish").then().statusCode(409)
                    .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("employer-under-review"));
            // the offices of her home and of the work region see the flagged employer; Guizhou's partner is told by
            // webhook, with the count of its own people there, and Sichuan's is not
            String listed = "find { it.employerId == '" + employer + "' }";
            as(Tokens.officerKaili()).get("/api/v1/regions/" + Platform.KAILI + "/employer-warnings").then().statusCode(200)
                    .body(listed + ".workersFromRegion", equalTo(1)).body(listed + ".warnings.reason",
                            equalTo(List.of("WAGE_ARREARS")));
            as(Tokens.officerHangzhou()).get("/api/v1/regions/330100/employer-warnings").then().statusCode(200)
                    .body(listed + ".employerRegion", equalTo(Platform.HANGZHOU_XIHU));
            as(Tokens.partner("520000")).get("/api/v1/regions/520000/employer-warnings").then().statusCode(200)
                    .body(listed + ".workersFromRegion", equalTo(1));
            as(Tokens.officerXichang()).get("/api/v1/regions/" + Platform.KAILI + "/employer-warnings").then().statusCode(404);
            as(Tokens.partner("510000")).get("/api/v1/regions/520000/employer-warnings").then().statusCode(404);
            LoopbackReceiver.Received flaggedNews = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> about(guizhou, employer, "employer.flagged"), d -> d != null);
            JsonPath news = JsonPath.from(flaggedNews.body());
            assertEquals("WAGE_ARREARS", news.getString("data.reason"));
            assertEquals(1, news.getInt("data.workersFromProvince"));
            assertEquals(List.of(Platform.KAILI), news.getList("data.homeRegions.region"));
            // Zhejiang keeps the platform's deadlines: acknowledge within 3 days, resolve within 30
            Instant filedAt = Instant.parse(filed.getString("filedAt"));
            assertEquals(Duration.ofDays(3), Duration.between(filedAt, Instant.parse(filed.getString("acknowledgeBy"))));
            assertEquals(Duration.ofDays(30), Duration.between(filedAt, Instant.parse(filed.getString("resolveBy"))));

            // the home county does not handle it; the work region does, in order
            step(Tokens.officerKaili(), id, Map.of("action", "ACKNOWLEDGE")).then().statusCode(403)
                    .contentType("application/problem+json");
            step(Tokens.officerHangzhou(), id, Map.of("action", "MEDIATE")).then().statusCode(409);
            step(Tokens.officerHangzhou(), id, Map.of("action", "ACKNOWLEDGE", "note", "已受理")).then().statusCode(200)
                    .body("status", equalTo("ACKNOWLEDGED"));
            step(Tokens.officerHangzhou(), id, Map.of("action", "CONTACT_EMPLOYER", "note", "已约谈企业负责人")).then()
                    .statusCode(200).body("status", equalTo("EMPLOYER_CONTACTED"));
            step(Tokens.officerHangzhou(), id, Map.of("action", "RESOLVE", "amountRecovered", 3000)).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("outcome"));
            step(Tokens.officerHangzhou(), id, Map.of("action", "RESOLVE", "outcome", "企业补发工资", "amountRecovered", 5000))
                    .then().statusCode(400).body("errors[0].field", equalTo("amountRecovered"));
            step(Tokens.officerHangzhou(), id, Map.of("action", "RESOLVE", "outcome", "经调解，企业补发工资 3000 元",
                    "amountRecovered", 3000)).then().statusCode(200).body("status", equalTo("RESOLVED"))
                    .body("amountRecovered", equalTo(3000.0f)).body("trail.action",
                            equalTo(List.of("FILE", "ACKNOWLEDGE", "CONTACT_EMPLOYER", "RESOLVE")));
            step(Tokens.officerHangzhou(), id, Map.of("action", "REFER")).then().statusCode(409);

            // the region's figures count the case resolved with the money recovered
            JsonPath after = as(Tokens.officerHangzhou()).get(figuresPath).then().statusCode(200).extract().jsonPath();
            assertEquals(1, after.getLong("cases") - before.getLong("cases"));
            assertEquals(3000.0, after.getDouble("amountRecovered") - before.getDouble("amountRecovered"), 0.001);
            String arrears = "byType.find { it.caseType == 'WAGE_ARREARS' }.resolved";
            assertEquals(1, after.getLong(arrears) - (before.get(arrears) == null ? 0 : before.getLong(arrears)));
            assertTrue(after.get("medianDaysToResolve") != null, "a median once a case is resolved");
            as(Tokens.officerXichang()).get("/api/v1/regions/330100/rights-figures").then().statusCode(404);
            as(hr).get("/api/v1/regions/330100/rights-figures").then().statusCode(404);

            // resolved: the flag clears and the posting returns; the reviewed draft is Hangzhou's to publish
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Platform.recommended(colleague).containsKey(job));
            as(hr).get("/api/v1/jobs/" + job).then().statusCode(200).body("status", equalTo("OPEN"));
            as(hr).post("/api/v1/jobs/" + next + "/publish").then().statusCode(200)
                    .body("status", equalTo("OPEN"));
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> about(guizhou, employer, "employer.flag-cleared"), d -> d != null);
            as(Tokens.officerKaili()).get("/api/v1/regions/" + Platform.KAILI + "/employer-warnings").then().statusCode(200)
                    .body("employerId", not(hasItem(employer)));
            assertTrue(sichuan.received().stream().noneMatch(r -> r.body().contains(employer)), "Sichuan was told");

            // the case is in the transcripts: of her home county (its people's cases) and, for Guizhou's partner,
            // of Hangzhou counting Guizhou's workers only
            JsonPath kailiAfter = as(Tokens.officerKaili()).get(kailiTranscript).then().statusCode(200).extract().jsonPath();
            assertEquals(1, kailiAfter.getLong("rights.workersFromHere.cases") - kailiBefore.getLong("rights.workersFromHere.cases"));
            assertEquals(3000.0, kailiAfter.getDouble("rights.workersFromHere.amountRecovered")
                    - kailiBefore.getDouble("rights.workersFromHere.amountRecovered"), 0.001);
            as(Tokens.partner("520000")).get("/api/v1/reports/transcript?region=330100").then().statusCode(200)
                    .body("rights.workHere.scope", equalTo("520000")).body("rights.workHere.side", equalTo("WORK"));
            as(Tokens.officerKaili()).get(kailiTranscript + "&format=csv").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("rights.workersFromHere,"));

            // each step is an event on rights.v1
            List<String> statuses = new ArrayList<>();
            await().atMost(Duration.ofSeconds(15)).until(() -> {
                for (ConsumerRecord<String, String> r : rights.poll(Duration.ofMillis(300))) {
                    // binary content mode: the record's value is the event's data
                    JsonPath data = JsonPath.from(r.value());
                    if (id.equals(data.getString("caseId"))) {
                        statuses.add(data.getString("status"));
                    }
                }
                return statuses.contains("RESOLVED");
            });
            assertEquals(List.of("FILED", "ACKNOWLEDGED", "EMPLOYER_CONTACTED", "RESOLVED"), statuses);

            // who reads it: the employer (she is named: the arrears are hers), Guizhou's partner; not Sichuan's
            as(hr).get("/api/v1/rights-cases/" + id).then().statusCode(200).body("workerId", equalTo(worker));
            as(Tokens.employer()).get("/api/v1/rights-cases/" + id).then().statusCode(404);
            as(Tokens.partner("520000")).get("/api/v1/rights-cases/" + id).then().statusCode(200);
            as(Tokens.partner("510000")).get("/api/v1/rights-cases/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
            as(Tokens.officerXichang()).get("/api/v1/rights-cases/" + id).then().statusCode(404);
            as(Tokens.otherEmployer()).get("/api/v1/rights-cases/" + id).then().statusCode(404);
            as(Tokens.worker()).get("/api/v1/rights-cases/" + id).then().statusCode(404);
            as(Tokens.officerHangzhou()).get("/api/v1/rights-cases?region=330100").then().statusCode(200)
                    .body("id", hasItem(id));
            as(Tokens.officerXichang()).get("/api/v1/rights-cases?region=330100").then().statusCode(404);

            // her rights file: the employment and the case with what was recovered, for her home's partner
            as(Tokens.partner("520000")).get("/api/v1/workers/" + worker + "/rights-file").then().statusCode(200)
                    .body("employments.employmentId", equalTo(List.of(employment))).body("cases.id", equalTo(List.of(id)))
                    .body("openCases", equalTo(0)).body("amountRecovered", equalTo(3000.0f));
            as(Tokens.partner("510000")).get("/api/v1/workers/" + worker + "/rights-file").then().statusCode(404);
            as(hr).get("/api/v1/workers/" + worker + "/rights-file").then().statusCode(404);
        } finally {
            as(Tokens.partner("520000")).delete("/api/v1/webhook-subscriptions/" + guizhouSubscription);
            as(Tokens.partner("510000")).delete("/api/v1/webhook-subscriptions/" + sichuanSubscription);
            guizhou.close();
            sichuan.close();
        }
    }

    @Test
    void anEmployerWhoseHiresEndWithinThirtyDaysIsFlaggedForChurnUntilTheThresholdNoLongerHolds() {
        // the platform's threshold (Guizhou keeps it): 30 % or more of at least 5 hires of the last 180 days ended
        // within 30 days
        as(Tokens.officerKaili()).get("/api/v1/rights-policies/520000").then().statusCode(200)
                .body("churnSharePercent", equalTo(30)).body("churnWithinDays", equalTo(30))
                .body("churnMinimumHires", equalTo(5)).body("churnLookBackDays", equalTo(180));
        String employer = as(Tokens.officerKaili()).body(EmployerIT.workshop(EmployerIT.creditCode()))
                .post("/api/v1/employers").then().statusCode(201).extract().path("id");
        as(Tokens.officerKaili()).post("/api/v1/employers/" + employer + "/verify").then().statusCode(200);
        List<String> employments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            employments.add(hireInKaili(employer, "REGISTERED_POOR", TODAY.minusDays(20))[1]);
        }
        String warnings = "/api/v1/employers/" + employer + "/warnings";
        // one of five ended within 30 days is 20 %: no flag
        end(employments.get(0));
        as(Tokens.officerKaili()).get(warnings).then().statusCode(200).body("size()", equalTo(0));
        // two of five is 40 %: flagged
        end(employments.get(1));
        as(Tokens.officerKaili()).get(warnings).then().statusCode(200).body("reason", equalTo(List.of("CHURN")));
        as(Tokens.officerKaili()).get("/api/v1/regions/" + Platform.KAILI + "/employer-warnings").then().statusCode(200)
                .body("find { it.employerId == '" + employer + "' }.workersFromRegion", equalTo(3));
        // not cleared while the threshold holds
        as(Tokens.officerKaili()).body(Map.of("reason", "CHURN", "clearReason", "已约谈"))
                .post(warnings + "/clear").then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("churn-threshold-holds"));
        // two more hires that last: two of seven is 29 %; an officer clears it, saying why
        hireInKaili(employer, "NONE", TODAY.minusDays(5));
        hireInKaili(employer, "NONE", TODAY.minusDays(5));
        as(Tokens.officerHangzhou()).body(Map.of("reason", "CHURN", "clearReason", "x")).post(warnings + "/clear").then()
                .statusCode(404);
        as(Tokens.officerKaili()).body(Map.of("reason", "CHURN", "clearReason", "企业整改后用工稳定"))
                .post(warnings + "/clear").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void onlyThoseWhoMaySeeTheEmploymentFileAndTheEmployerIsNotToldWhoReportedUnsafeConditions() {
        String worker = PartnerWebhooksIT.kailiWorker();
        String employment = PartnerWebhooksIT.hire(worker);
        Map<String, Object> unsafe = Map.of("employmentId", employment, "caseType", "UNSAFE_CONDITIONS",
                "description", "车间无消防通道");
        as(Tokens.officerXichang()).body(unsafe).post("/api/v1/rights-cases").then().statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.partner("510000")).body(unsafe).post("/api/v1/rights-cases").then().statusCode(404);
        as(Tokens.employer()).body(unsafe).post("/api/v1/rights-cases").then().statusCode(403);
        as(Tokens.worker()).body(unsafe).post("/api/v1/rights-cases").then().statusCode(404);
        String id = as(Tokens.partner("520000")).body(unsafe).post("/api/v1/rights-cases").then().statusCode(201)
                .body("filedAs", equalTo("partner")).extract().path("id");
        as(Tokens.employer()).get("/api/v1/rights-cases/" + id).then().statusCode(200)
                .body("workerId", nullValue()).body("filedBy", nullValue()).body("trail[0].takenBy", nullValue());
        as(Tokens.employer()).get("/api/v1/rights-cases").then().statusCode(200).body("find { it.id == '" + id
                + "' }.workerId", nullValue());
        as(Tokens.officerHangzhou()).get("/api/v1/rights-cases/" + id).then().statusCode(200).body("workerId", equalTo(worker));

        // bad input is named
        as(Tokens.officerKaili()).body(Map.of("employmentId", employment, "caseType", "THEFT", "description", "x"))
                .post("/api/v1/rights-cases").then().statusCode(400).body("errors[0].field", equalTo("caseType"));
        as(Tokens.officerKaili()).body(Map.of("employmentId", employment, "caseType", "OTHER"))
                .post("/api/v1/rights-cases").then().statusCode(400).body("errors[0].field", equalTo("description"));
        as(Tokens.officerKaili()).body(Map.of("employmentId", "not-an-id", "caseType", "OTHER", "description", "x"))
                .post("/api/v1/rights-cases").then().statusCode(400).body("errors[0].field", equalTo("employmentId"));
        as(Tokens.officerKaili()).body(Map.of("employmentId", UUID.randomUUID().toString(), "caseType", "OTHER",
                "description", "x")).post("/api/v1/rights-cases").then().statusCode(404);
        as(Tokens.officerKaili()).body(Map.of("employmentId", employment, "caseType", "WAGE_ARREARS", "description", "x",
                "amountClaimed", -5)).post("/api/v1/rights-cases").then().statusCode(400)
                .body("errors[0].field", equalTo("amountClaimed"));
    }

    @Test
    void aCaseIsOverdueAtTheDeadlinesOfItsWorkProvincesPolicy() throws Exception {
        // Guizhou's policy, for this test, gives seconds where a province's would give days; work in Kaili
        as(Tokens.adminGuizhou()).body(Map.of("acknowledgeWithin", "PT2S", "resolveWithin", "PT4S"))
                .put("/api/v1/rights-policies/520000").then().statusCode(200).body("acknowledgeWithin", equalTo("PT2S"));
        try {
            String employer = as(Tokens.officerKaili()).body(EmployerIT.workshop(EmployerIT.creditCode()))
                    .post("/api/v1/employers").then().statusCode(201).extract().path("id");
            as(Tokens.officerKaili()).post("/api/v1/employers/" + employer + "/verify").then().statusCode(200);
            String worker = PartnerWebhooksIT.kailiWorker();
            Map<String, Object> hire = new HashMap<>(Map.of("workerId", worker, "employerId", employer,
                    "workRegion", Platform.KAILI, "startDate", TODAY.toString(), "monthlyPay", 3000));
            String employment = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> as(Tokens.officerKaili()).body(hire).post("/api/v1/employments"), r -> r.statusCode() != 409)
                    .then().statusCode(201).extract().path("id");
            String id = as(Tokens.officerKaili()).body(Map.of("employmentId", employment, "caseType", "WORK_INJURY",
                    "description", "工伤未申报")).post("/api/v1/rights-cases").then().statusCode(201)
                    .body("overdue", equalTo(false)).extract().path("id");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).until(() -> as(Tokens.officerKaili())
                    .get("/api/v1/rights-cases/" + id).then().statusCode(200).extract().<Boolean>path("overdue"));
            as(Tokens.officerKaili()).get("/api/v1/rights-cases?region=" + Platform.KAILI + "&overdue=true").then()
                    .statusCode(200).body("id", hasItem(id));
            // acknowledged in time for nothing: past its last deadline it stays overdue until it is closed
            as(Tokens.officerKaili()).body(Map.of("action", "ACKNOWLEDGE")).post("/api/v1/rights-cases/" + id + "/steps")
                    .then().statusCode(200);
            Thread.sleep(4500);
            as(Tokens.officerKaili()).get("/api/v1/rights-cases/" + id).then().body("overdue", equalTo(true));
            as(Tokens.officerKaili()).body(Map.of("action", "REFER", "outcome", "移送劳动保障监察"))
                    .post("/api/v1/rights-cases/" + id + "/steps").then().statusCode(200).body("status", equalTo("REFERRED"))
                    .body("overdue", equalTo(false));
            as(Tokens.officerKaili()).get("/api/v1/rights-cases?region=" + Platform.KAILI + "&overdue=true").then()
                    .statusCode(200).body("id", not(hasItem(id)));
        } finally {
            as(Tokens.adminGuizhou()).body(Map.of("acknowledgeWithin", "P3D", "resolveWithin", "P30D"))
                    .put("/api/v1/rights-policies/520000").then().statusCode(200);
        }
        as(Tokens.officerKaili()).body(Map.of("acknowledgeWithin", "PT1S", "resolveWithin", "PT1S"))
                .put("/api/v1/rights-policies/520000").then().statusCode(403);
        as(Tokens.adminGuizhou()).body(Map.of("acknowledgeWithin", "three days", "resolveWithin", "P30D"))
                .put("/api/v1/rights-policies/520000").then().statusCode(400).body("errors[0].field", equalTo("acknowledgeWithin"));
        as(Tokens.adminGuizhou()).body(Map.of("acknowledgeWithin", "P3D", "resolveWithin", "P1D"))
                .put("/api/v1/rights-policies/520000").then().statusCode(400).body("errors[0].field", equalTo("resolveWithin"));
        as(Tokens.worker()).get("/api/v1/rights-policies/520000").then().statusCode(200).body("resolveWithin", equalTo("PT720H"));
    }

    @Test
    void aLayoffListsTheRegisteredPoorAndRelocatedFirstAndFlagsTheEmployerUntilAnOfficerClearsIt() {
        String employer = as(Tokens.officerKaili()).body(EmployerIT.workshop(EmployerIT.creditCode()))
                .post("/api/v1/employers").then().statusCode(201).extract().path("id");
        as(Tokens.officerKaili()).post("/api/v1/employers/" + employer + "/verify").then().statusCode(200);
        // hired first: a worker not poverty-registered; then a relocated one; then a registered-poor one
        String general = hireInKaili(employer, "NONE", TODAY.minusMonths(8))[0];
        String relocated = hireInKaili(employer, "RELOCATED_EX_SITU", TODAY.minusMonths(2))[0];
        String poor = hireInKaili(employer, "REGISTERED_POOR", TODAY.minusMonths(1))[0];

        JsonPath layoff = as(Tokens.officerKaili()).body(Map.of("plannedOn", TODAY.plusDays(30).toString(), "headcount", 2,
                "reason", "订单减少，计划裁减两人")).post("/api/v1/employers/" + employer + "/layoffs").then().statusCode(201)
                .extract().jsonPath();
        assertEquals(List.of(relocated, poor, general), layoff.getList("affected.workerId"));
        assertEquals(List.of(true, true, false), layoff.getList("affected.priorityRetention"));
        assertEquals("/api/v1/workers/" + poor + "/recommendations", layoff.getString("affected[1].recommendations"));
        as(Tokens.officerKaili()).get("/api/v1/layoffs/" + layoff.getString("id")).then().statusCode(200)
                .body("affected.workerId", equalTo(List.of(relocated, poor, general)));
        // read through the gateway, each affected worker comes with her new-job recommendations (caring jobs in
        // Zhejiang she is willing to take), once matching has indexed her
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> as(Tokens.officerKaili())
                .get("/api/v1/layoffs/" + layoff.getString("id")).then().statusCode(200)
                .body("affected[0].recommendedJobs.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("affected[1].recommendedJobs[0].posting.postingId", org.hamcrest.Matchers.notNullValue()));
        as(Tokens.officerXichang()).get("/api/v1/layoffs/" + layoff.getString("id")).then().statusCode(404);
        as(Tokens.officerHangzhou()).body(Map.of("plannedOn", TODAY.toString(), "headcount", 1, "reason", "x"))
                .post("/api/v1/employers/" + employer + "/layoffs").then().statusCode(404);
        as(Tokens.officerKaili()).body(Map.of("plannedOn", TODAY.toString(), "headcount", 0, "reason", "x"))
                .post("/api/v1/employers/" + employer + "/layoffs").then().statusCode(400)
                .body("errors[0].field", equalTo("headcount"));

        // flagged until an officer clears it with a reason; a wage-arrears flag is not cleared by hand
        as(Tokens.officerKaili()).get("/api/v1/employers/" + employer + "/warnings").then().statusCode(200)
                .body("reason", equalTo(List.of("LAYOFF")));
        as(Tokens.officerKaili()).body(Map.of("reason", "WAGE_ARREARS", "clearReason", "x"))
                .post("/api/v1/employers/" + employer + "/warnings/clear").then().statusCode(409);
        as(Tokens.officerKaili()).body(Map.of("reason", "LAYOFF")).post("/api/v1/employers/" + employer + "/warnings/clear")
                .then().statusCode(400).body("errors[0].field", equalTo("clearReason"));
        as(Tokens.officerKaili()).body(Map.of("reason", "LAYOFF", "clearReason", "新订单到位，不再裁员"))
                .post("/api/v1/employers/" + employer + "/warnings/clear").then().statusCode(200).body("size()", equalTo(0));
    }

    /** A Hangzhou employer its city's officer registers and verifies, and the token of its first HR account. */
    private static String[] hangzhouEmployerWithHr() {
        String code = EmployerIT.creditCode();
        String employer = as(Tokens.officerHangzhou()).body(Map.of("name", "杭州康养服务 " + code, "creditCode", code,
                "region", Platform.HANGZHOU_XIHU, "address", "西湖区", "industry", "elderly care", "sme", true))
                .post("/api/v1/employers").then().statusCode(201).extract().path("id");
        as(Tokens.officerHangzhou()).post("/api/v1/employers/" + employer + "/verify").then().statusCode(200);
        String invitation = as(Tokens.officerHangzhou()).body(Map.of("phone", "13800000019"))
                .post("/api/v1/employers/" + employer + "/invitations").then().statusCode(201).extract().path("code");
        Tokens.Grant grant = KeycloakSignUp.newPerson("rights-hr").signIn();
        as(grant.accessToken()).body(Map.of("code", invitation)).post("/api/v1/employer-invitations/accept").then()
                .statusCode(200);
        return new String[] {employer, Tokens.refreshed(grant)};
    }

    /** A new Kaili worker hired by {@code employer} in Kaili from {@code start}: her id and the employment's. */
    private static String[] hireInKaili(String employer, String povertyStatus, LocalDate start) {
        Map<String, Object> file = new HashMap<>(Platform.labourFile("杨秀 " + UUID.randomUUID()));
        file.put("povertyStatus", povertyStatus);
        String worker = as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().statusCode(201).extract().path("id");
        Map<String, Object> hire = Map.of("workerId", worker, "employerId", employer, "workRegion", Platform.KAILI,
                "startDate", start.toString(), "monthlyPay", 3000);
        String employment = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(Tokens.officerKaili()).body(hire).post("/api/v1/employments"), r -> r.statusCode() != 409)
                .then().statusCode(201).extract().path("id");
        return new String[] {worker, employment};
    }

    private static void end(String employment) {
        as(Tokens.officerKaili()).body(Map.of("endDate", TODAY.toString(), "reason", "不适应岗位"))
                .post("/api/v1/employments/" + employment + "/end").then().statusCode(200);
    }

    /** The first delivery of {@code type} about {@code employer} the receiver got, or null. */
    private static LoopbackReceiver.Received about(LoopbackReceiver receiver, String employer, String type) {
        return receiver.received().stream().filter(r -> r.body().contains(employer)
                && type.equals(JsonPath.from(r.body()).getString("type"))).findFirst().orElse(null);
    }

    private static io.restassured.response.Response step(String token, String id, Map<String, Object> step) {
        return as(token).body(step).post("/api/v1/rights-cases/" + id + "/steps");
    }
}
