package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Subsidy claims through the gateway with real tokens: decided from the facts the services publish (labour files,
 * hires, employers over the real broker), never paid twice, never over budget.
 */
class SubsidyIT {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.now(CHINA);
    static final String HUANGPING = "522622";
    static final String DEMO_EMPLOYER = Platform.demoEmployer();
    
    @Test
    void aTransportClaimBeforeItsHireWaitsThenIsCappedAt800AndIsPaidOnce() {
        String worker = worker(Platform.KAILI, "REGISTERED_POOR", Tokens.officerKaili());
        String hire = UUID.randomUUID().toString();
        Map<String, Object> claim = Map.of("programme", "TRANSPORT", "employmentId", hire, "amount", 1000,
                "evidence", List.of(Map.of("kind", "travel-ticket", "reference", "K1234 凯里-杭州")));

        Response submitted = submit(Tokens.officerKaili(), claim, UUID.randomUUID().toString());
        submitted.then().statusCode(201).body("status", equalTo("WAITING_FOR_FACTS"))
                .body("decision.missingFacts[0]", containsString(hire));
        String id = submitted.path("id");

        recordHire(Tokens.officerKaili(), Map.of("id", hire, "workerId", worker, "employerId", DEMO_EMPLOYER,
                "workRegion", Platform.HANGZHOU_XIHU, "startDate", TODAY.toString(), "monthlyPay", 5200));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                as(Tokens.officerKaili()).get("/api/v1/claims/" + id).then().statusCode(200)
                        .body("status", equalTo("SUBMITTED"))
                        .body("amountClaimed", equalTo(1000.0f)).body("amount", equalTo(800.0f))
                        .body("decision.note", containsString("capped"))
                        .body("region", equalTo(Platform.KAILI)).body("policy.province", equalTo("520000"))
                        .body("decision.rules.rule", hasItems("fact:POVERTY_REGISTERED", "fact:LEFT_HOME_PREFECTURE",
                                "amount-cap", "evidence-required")));

        // one claim per hire: a second one (another key) points to the first
        submit(Tokens.officerKaili(), claim, UUID.randomUUID().toString()).then().statusCode(409)
                .contentType("application/problem+json").body("existing", equalTo("/api/v1/claims/" + id));
        // an officer of another region, another worker, an employer: 404
        as(Tokens.officerXichang()).get("/api/v1/claims/" + id).then().statusCode(404);
        as(Tokens.worker()).get("/api/v1/claims/" + id).then().statusCode(404);
        as(Tokens.officerXichang()).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/claims/" + id + "/approve").then().statusCode(404);

        String approveKey = UUID.randomUUID().toString();
        int approvedVersion = as(Tokens.officerKaili()).header("Idempotency-Key", approveKey)
                .post("/api/v1/claims/" + id + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"))
                .extract().path("version");
        // the same approval again (a retry) is answered from the first, not approved twice
        as(Tokens.officerKaili()).header("Idempotency-Key", approveKey).post("/api/v1/claims/" + id + "/approve")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("version", equalTo(approvedVersion));
        String payKey = UUID.randomUUID().toString();
        Map<String, Object> payment = Map.of("paymentReference", "PAY-" + id.substring(0, 8));
        as(Tokens.officerKaili()).header("Idempotency-Key", payKey).body(payment).post("/api/v1/claims/" + id + "/pay")
                .then().statusCode(200).body("status", equalTo("PAID")).body("paymentReference", equalTo(payment.get("paymentReference")));
        as(Tokens.officerKaili()).header("Idempotency-Key", UUID.randomUUID().toString()).body(payment)
                .post("/api/v1/claims/" + id + "/pay").then().statusCode(409);

        as(Tokens.officerKaili()).get("/api/v1/claims/" + id).then().statusCode(200)
                .body("trail.action", equalTo(List.of("submitted", "waiting-for-facts", "assessed", "approved", "paid")))
                .body("trail.find { it.action == 'assessed' }.detail.hire.employmentId", equalTo(hire))
                .body("trail.find { it.action == 'assessed' }.detail.worker.povertyStatus", equalTo("REGISTERED_POOR"));
        as(Tokens.partner("520000")).get("/api/v1/partners/520000/claim-totals").then().statusCode(200)
                .body("claims.find { it.programme == 'TRANSPORT' && it.status == 'PAID' }.claims", org.hamcrest.Matchers.greaterThan(0));
        as(Tokens.partner("510000")).get("/api/v1/partners/520000/claim-totals").then().statusCode(404);
        as(Tokens.partner("520000")).get("/api/v1/claims/" + id).then().statusCode(404);
    }

    @Test
    void smeHiringPays1500ForAPoorHireAnd2000ForARelocatedOneAndNothingForANonPoorHireOrALargeEnterprise() {
        String sme = employer(true);
        String large = employer(false);
        Map<String, Object> contract = Map.of("kind", "labour-contract", "reference", "HT-" + UUID.randomUUID());
        String poor = hireAt(sme, worker(Platform.KAILI, "REGISTERED_POOR", Tokens.officerKaili()));
        String relocated = hireAt(sme, worker(Platform.KAILI, "RELOCATED_EX_SITU", Tokens.officerKaili()));
        String notPoor = hireAt(sme, worker(Platform.KAILI, "NONE", Tokens.officerKaili()));
        String atLarge = hireAt(large, worker(Platform.KAILI, "REGISTERED_POOR", Tokens.officerKaili()));

        String a = claimFor(poor, contract);
        String b = claimFor(relocated, contract);
        String c = claimFor(notPoor, contract);
        String d = claimFor(atLarge, contract);
        decided(a).body("status", equalTo("SUBMITTED")).body("amount", equalTo(1500.0f));
        decided(b).body("status", equalTo("SUBMITTED")).body("amount", equalTo(2000.0f));
        decided(c).body("status", equalTo("REJECTED")).body("amount", equalTo(null))
                .body("decision.rules.find { it.rule == 'amount-for-poverty-status' }.figures.povertyStatus", equalTo("NONE"));
        decided(d).body("status", equalTo("REJECTED"))
                .body("decision.rules.find { it.rule == 'fact:EMPLOYER_SME' }.passed", equalTo(false));
    }

    @Test
    void aSuspendedEmployersClaimWaitsUntilItsLabourOfficeReinstatesIt() {
        String sme = employer(true);
        as(Tokens.officerKaili()).post("/api/v1/employers/" + sme + "/verify").then().statusCode(200);
        as(Tokens.officerKaili()).body(Map.of("reason", "社保缴纳记录核查中")).post("/api/v1/employers/" + sme + "/suspend")
                .then().statusCode(200);
        String hire = hireAt(sme, worker(Platform.KAILI, "REGISTERED_POOR", Tokens.officerKaili()));
        String claim = claimFor(hire, Map.of("kind", "labour-contract", "reference", "HT-" + UUID.randomUUID()));
        // it waits, and says for what, once subsidy-service has learned of the suspension
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> as(Tokens.officerKaili())
                .get("/api/v1/claims/" + claim).then().statusCode(200).extract().<List<String>>path("decision.missingFacts"),
                missing -> missing != null && missing.stream().anyMatch(m -> m.contains("reinstated")));
        as(Tokens.officerKaili()).get("/api/v1/claims/" + claim).then().body("status", equalTo("WAITING_FOR_FACTS"));

        as(Tokens.officerKaili()).post("/api/v1/employers/" + sme + "/reinstate").then().statusCode(200);
        decided(claim).body("status", equalTo("SUBMITTED")).body("amount", equalTo(1500.0f));
    }

    @Test
    void aPublicWelfarePostAboveHalfTheMinimumWageOrWithoutInsuranceIsRefused() {
        YearMonth month = YearMonth.now(CHINA);
        String within = publicWelfareHire(900, 300000, month);
        String above = publicWelfareHire(1000, 300000, month);
        String uninsured = publicWelfareHire(800, null, month);

        String ok = publicWelfareClaim(within, month);
        String tooMuch = publicWelfareClaim(above, month);
        String noCover = publicWelfareClaim(uninsured, month);
        decided(ok).body("status", equalTo("SUBMITTED")).body("amount", equalTo(900.0f));
        decided(tooMuch).body("status", equalTo("REJECTED"))
                .body("decision.rules.find { it.rule == 'public-welfare-pay-band' }.passed", equalTo(false))
                .body("decision.rules.find { it.rule == 'public-welfare-pay-band' }.figures.ceiling", equalTo(945.0f))
                .body("decision.rules.find { it.rule == 'public-welfare-pay-band' }.figures.monthlyPay", equalTo(1000.0f));
        decided(noCover).body("status", equalTo("REJECTED"))
                .body("decision.rules.find { it.rule == 'public-welfare-insurance' }.passed", equalTo(false));
        // the next month of the same post is a claim of its own; the same month again is not
        submit(Tokens.officerKaili(), Map.of("programme", "PUBLIC_WELFARE_POST", "employmentId", within,
                "period", month.toString()), UUID.randomUUID().toString()).then().statusCode(409);
    }

    @Test
    void fiftyConcurrentSubmissionsWithOneIdempotencyKeyCreateOneClaim() throws Exception {
        String worker = worker(Platform.KAILI, "REGISTERED_POOR", Tokens.officerKaili());
        String hire = recordHire(Tokens.officerKaili(), Map.of("workerId", worker, "employerId", DEMO_EMPLOYER,
                "workRegion", Platform.HANGZHOU_XIHU, "startDate", TODAY.toString(), "monthlyPay", 5100));
        String body = "{\"programme\":\"TRANSPORT\",\"employmentId\":\"" + hire + "\",\"amount\":650,"
                + "\"evidence\":[{\"kind\":\"travel-ticket\",\"reference\":\"G1320\"}]}";
        String key = UUID.randomUUID().toString();
        String token = Tokens.officerKaili();

        List<HttpResponse<String>> answers = Platform.concurrently(50, i -> post(token, "/api/v1/claims", key, body));
        Set<String> ids = new java.util.HashSet<>();
        int created = 0;
        for (HttpResponse<String> answer : answers) {
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 409, "status " + answer.statusCode());
            if (answer.statusCode() == 201) {
                created++;
                ids.add(JsonPath.from(answer.body()).getString("id"));
            } else {
                assertTrue(answer.body().contains("request-in-flight"), answer.body());
            }
        }
        assertTrue(created >= 1, "the first request creates the claim");
        assertEquals(1, ids.size(), "every answer names the same claim: " + ids);
        String id = ids.iterator().next();
        // afterwards the key replays the first answer; another body with it is refused; without a key, 400
        HttpResponse<String> replay = post(token, "/api/v1/claims", key, body);
        assertEquals(201, replay.statusCode());
        assertEquals(id, JsonPath.from(replay.body()).getString("id"));
        assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(422, post(token, "/api/v1/claims", key, body.replace("650", "700")).statusCode());
        as(token).body(body).post("/api/v1/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        // the list runs oldest first over every earlier run's claims: follow its next links to the end
        List<String> listed = new ArrayList<>();
        for (String page = "/api/v1/claims?programme=TRANSPORT&limit=200&region=" + Platform.KAILI; page != null; ) {
            JsonPath answer = as(token).get(page).then().statusCode(200).extract().jsonPath();
            listed.addAll(answer.getList("items.employmentId", String.class));
            page = answer.getString("next");
        }
        assertEquals(1, listed.stream().filter(hire::equals).count(), "one claim for the hire");
    }

    @Test
    void fiftyConcurrentApprovalsAgainstABudgetForTenApproveExactlyTen() throws Exception {
        int year = TODAY.getYear();
        String officer = Tokens.officerQiandongnan();
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String student = worker(HUANGPING, "REGISTERED_POOR", officer);
            claims.add(submit(officer, Map.of("programme", "STUDENT_LIVING", "workerId", student, "year", year,
                    "evidence", List.of(Map.of("kind", "enrolment-certificate", "reference", "杭州第一技师学院 " + i))),
                    UUID.randomUUID().toString()).then().statusCode(201).extract().path("id"));
        }
        for (String id : claims) {
            decided(id, officer).body("status", equalTo("SUBMITTED")).body("amount", equalTo(10000.0f));
        }
        budgetWithRoomFor(10, year);

        List<HttpResponse<String>> answers = Platform.concurrently(50, i -> post(officer, "/api/v1/claims/" + claims.get(i)
                + "/approve", UUID.randomUUID().toString(), ""));
        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode,
                Collectors.counting()));
        assertEquals(Map.of(200, 10L, 409, 40L), byStatus, "approvals: " + byStatus);
        answers.stream().filter(a -> a.statusCode() == 409)
                .forEach(a -> assertTrue(a.body().contains("budget-exhausted"), a.body()));
        as(officer).get("/api/v1/regions/" + HUANGPING + "/claim-figures?year=" + year).then().statusCode(200)
                .body("budgets.find { it.programme == 'STUDENT_LIVING' && it.region == '" + HUANGPING + "' }.left",
                        equalTo(0.0f));
        // a reversed approval gives its money back, and one more can be approved
        String approved = claims.get(answers.indexOf(answers.stream().filter(a -> a.statusCode() == 200).findFirst().get()));
        String waiting = claims.get(answers.indexOf(answers.stream().filter(a -> a.statusCode() == 409).findFirst().get()));
        as(officer).body(Map.of("reason", "enrolment withdrawn")).post("/api/v1/claims/" + approved + "/reverse")
                .then().statusCode(200).body("status", equalTo("REVERSED"));
        as(officer).header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/claims/" + waiting + "/approve")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        as(Tokens.officerKaili()).get("/api/v1/regions/" + HUANGPING + "/claim-figures").then().statusCode(404);
    }

    @Test
    void aBadPolicyIsRefusedWithTheFieldAtFaultAndOnlyTheProvincesAdminSetsIt() {
        Map<String, Object> bad = new HashMap<>(Map.of("effectiveFrom", "2026-01-01", "minimumMonthlyWage", 1890,
                "povertyLineMonthlyIncome", 333.33, "programmes", List.of(Map.of("kind", "TRANSPORT",
                        "claimants", List.of("WORKER"), "requiredFacts", List.of("HIRED")))));
        as(Tokens.adminGuizhou()).body(bad).put("/api/v1/subsidy-policies/520000").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("programmes[0].cap"));
        as(Tokens.officerKaili()).body(bad).put("/api/v1/subsidy-policies/520000").then().statusCode(403);
        as(Tokens.adminGuizhou()).body(bad).put("/api/v1/subsidy-policies/510000").then().statusCode(403);
        as(Tokens.worker()).get("/api/v1/subsidy-policies/510000").then().statusCode(200)
                .body("programmes.find { it.kind == 'TRANSPORT' }.cap", equalTo(500));
    }

    /** Sets the Huangping county student-living budget of the year to what is used plus room for {@code n} claims. */
    private static void budgetWithRoomFor(int n, int year) {
        JsonPath current = as(Tokens.adminGuizhou()).get("/api/v1/subsidy-policies/520000?on=" + year + "-01-01")
                .then().statusCode(200).extract().jsonPath();
        Float used = as(Tokens.officerQiandongnan()).get("/api/v1/regions/" + HUANGPING + "/claim-figures?year=" + year)
                .then().statusCode(200).extract().jsonPath().get(
                        "budgets.find { it.programme == 'STUDENT_LIVING' && it.region == '" + HUANGPING + "' }.used");
        Map<String, Object> policy = new HashMap<>();
        policy.put("effectiveFrom", current.getString("effectiveFrom"));
        policy.put("minimumMonthlyWage", current.get("minimumMonthlyWage"));
        policy.put("povertyLineMonthlyIncome", current.get("povertyLineMonthlyIncome"));
        policy.put("programmes", current.getList("programmes"));
        policy.put("budgets", List.of(Map.of("programme", "STUDENT_LIVING", "region", HUANGPING, "year", year,
                "amount", (used == null ? 0 : used) + n * 10000)));
        as(Tokens.adminGuizhou()).body(policy).put("/api/v1/subsidy-policies/520000").then().statusCode(200);
    }

    private static String publicWelfareHire(int pay, Integer cover, YearMonth month) {
        Map<String, Object> hire = new HashMap<>(Map.of("workerId", worker(Platform.KAILI, "REGISTERED_POOR",
                Tokens.officerKaili()), "employerId", DEMO_EMPLOYER, "workRegion", Platform.KAILI,
                "startDate", month.atDay(1).toString(), "monthlyPay", pay, "jobType", "PUBLIC_WELFARE_POST"));
        if (cover != null) {
            hire.put("accidentInsuranceCover", cover);
        }
        return recordHire(Tokens.officerKaili(), hire);
    }

    private static String publicWelfareClaim(String hire, YearMonth month) {
        return submit(Tokens.officerKaili(), Map.of("programme", "PUBLIC_WELFARE_POST", "employmentId", hire,
                "period", month.toString()), UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
    }

    private static String claimFor(String hire, Map<String, Object> evidence) {
        return submit(Tokens.officerKaili(), Map.of("programme", "SME_HIRING", "employmentId", hire,
                "evidence", List.of(evidence)), UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse decided(String id) {
        return decided(id, Tokens.officerKaili());
    }

    /** The claim once the facts have decided it (it waits while they travel over the broker). */
    private static io.restassured.response.ValidatableResponse decided(String id, String token) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                !"WAITING_FOR_FACTS".equals(as(token).get("/api/v1/claims/" + id).path("status")));
        return as(token).get("/api/v1/claims/" + id).then().statusCode(200);
    }

    private static Response submit(String token, Map<String, Object> claim, String key) {
        return as(token).header("Idempotency-Key", key).body(claim).post("/api/v1/claims");
    }

    /** A new worker of the region with the poverty status, registered by an officer of the region. */
    private static String worker(String region, String povertyStatus, String officer) {
        Map<String, Object> file = new HashMap<>(Platform.labourFile("龙秀英 " + UUID.randomUUID()));
        file.put("householdRegion", region);
        file.put("povertyStatus", povertyStatus);
        return as(officer).body(file).post("/api/v1/workers").then().statusCode(201).extract().path("id");
    }

    /** An employer of Kaili, SME or not, registered by the county officer. */
    private static String employer(boolean sme) {
        Map<String, Object> employer = new HashMap<>(EmployerIT.workshop(EmployerIT.creditCode()));
        employer.put("sme", sme);
        return as(Tokens.officerKaili()).body(employer).post("/api/v1/employers").then().statusCode(201)
                .extract().path("id");
    }

    private static String hireAt(String employer, String worker) {
        return recordHire(Tokens.officerKaili(), Map.of("workerId", worker, "employerId", employer,
                "workRegion", Platform.KAILI, "startDate", TODAY.toString(), "monthlyPay", 3000));
    }

    /** A hire recorded by an officer, once job-board has learned of the labour file (moments after registration). */
    private static String recordHire(String officer, Map<String, Object> hire) {
        Response recorded = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(officer).body(hire).post("/api/v1/employments"), r -> r.statusCode() != 409
                        || !r.asString().contains("unknown-worker"));
        recorded.then().statusCode(201);
        return recorded.path("id");
    }

    private static HttpResponse<String> post(String token, String path, String key, String body) throws Exception {
        return Platform.HTTP.send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
