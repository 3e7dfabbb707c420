package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.response.Response;

/** Stable employment from employment records: 3- and 6-month stays, and retention across a period, per employer. */
class StableEmploymentIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void anEmployersFiguresCountWhoStayedThreeAndSixMonthsAndWhoStayedOnAcrossAPeriod() {
        String code = EmployerIT.creditCode();
        String employer = as(Tokens.officerKaili()).body(EmployerIT.workshop(code)).post("/api/v1/employers").then()
                .statusCode(201).extract().path("id");
        // the hire that lasted four months is recorded with its end in one step: recorded open and ended after,
        // job-board's milestone pass (every 10 s) could find it open in between, more than six months old, and
        // record its 6-month milestone
        String left = recordedHire(employer, TODAY.minusMonths(7), TODAY.minusMonths(3));
        as(Tokens.officerKaili()).get("/api/v1/employments/" + left).then().statusCode(200)
                .body("endDate", equalTo(TODAY.minusMonths(3).toString())).body("endReason", equalTo("contract ended"));
        recordedHire(employer, TODAY.minusMonths(2), null);
        // an end needs its reason, and cannot come before the start: refused naming the field, nothing recorded
        String worker = as(Tokens.officerKaili()).get("/api/v1/employments/" + left).then().extract().path("workerId");
        String refused = UUID.randomUUID().toString();
        Map<String, Object> ended = new java.util.HashMap<>(Map.of("id", refused, "workerId", worker, "employerId", employer,
                "workRegion", Platform.KAILI, "startDate", TODAY.minusMonths(2).toString(), "monthlyPay", 3200,
                "endDate", TODAY.minusMonths(1).toString()));
        as(Tokens.officerKaili()).body(ended).post("/api/v1/employments").then().statusCode(400)
                .body("errors[0].field", equalTo("endReason"));
        ended.put("endReason", "went home");
        ended.put("endDate", TODAY.minusMonths(3).toString());
        as(Tokens.officerKaili()).body(ended).post("/api/v1/employments").then().statusCode(400)
                .body("errors[0].field", equalTo("endDate"));
        as(Tokens.officerKaili()).get("/api/v1/employments/" + refused).then().statusCode(404);

        as(Tokens.officerKaili()).get("/api/v1/employers/" + employer + "/stable-employment?from=" + TODAY.minusMonths(1)
                + "&to=" + TODAY).then().statusCode(200)
                .body("hires", equalTo(2))
                .body("dueThreeMonths", equalTo(1)).body("stayedThreeMonths", equalTo(1)).body("threeMonthRate", equalTo(1.0f))
                .body("dueSixMonths", equalTo(1)).body("stayedSixMonths", equalTo(0)).body("sixMonthRate", equalTo(0.0f))
                .body("employedOnFrom", equalTo(1)).body("stillEmployedOnTo", equalTo(1))
                .body("byOriginProvince[0].province", equalTo("520000"));
        as(Tokens.officerKaili()).get("/api/v1/employers/" + employer + "/stable-employment?from=" + TODAY.minusMonths(4)
                + "&to=" + TODAY).then().statusCode(200)
                .body("employedOnFrom", equalTo(1)).body("stillEmployedOnTo", equalTo(0)).body("retentionRate", equalTo(0.0f));

        // the record that lasted four months reached its 3-month milestone (recorded by job-board by itself), not 6
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                as(Tokens.officerKaili()).get("/api/v1/employments/" + left).then().statusCode(200)
                        .body("stayedThreeMonthsOn", equalTo(TODAY.minusMonths(7).plusMonths(3).toString()))
                        .body("stayedSixMonthsOn", equalTo(null)));

        as(Tokens.officerXichang()).get("/api/v1/employers/" + employer + "/stable-employment").then().statusCode(404);
        as(Tokens.otherEmployer()).get("/api/v1/employers/" + employer + "/stable-employment").then().statusCode(404);
        as(Tokens.partner("520000")).get("/api/v1/regions/520000/stable-employment").then().statusCode(200);
        as(Tokens.partner("510000")).get("/api/v1/regions/520000/stable-employment").then().statusCode(404);
    }

    /**
     * A new worker of Kaili, hired locally by the employer from {@code start} (to {@code end}, when it is not null),
     * recorded by the county officer.
     */
    private static String recordedHire(String employer, LocalDate start, LocalDate end) {
        String worker = as(Tokens.officerKaili()).body(Platform.labourFile("蒙桂芬 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        Map<String, Object> hire = new java.util.HashMap<>(Map.of("workerId", worker, "employerId", employer,
                "workRegion", Platform.KAILI, "startDate", start.toString(), "monthlyPay", 3200));
        if (end != null) {
            hire.put("endDate", end.toString());
            hire.put("endReason", "contract ended");
        }
        // job-board learns of the new labour file from workers.v1 within moments
        Response recorded = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(Tokens.officerKaili()).body(hire).post("/api/v1/employments"), r -> r.statusCode() != 409);
        recorded.then().statusCode(201).body("migrant", equalTo(false));
        return recorded.path("id");
    }
}
