package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborlink.platform.testing.Tokens;

/** Who may do what, through the gateway: no token 401, wrong role 403, another party's object 404. */
class AccessIT {

    static String kailiWorker;

    @BeforeAll
    static void aLabourFileInKaili() {
        kailiWorker = as(Tokens.officerKaili()).body(Platform.labourFile("杨花 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/workers", "/api/v1/jobs", "/api/v1/me", "/api/v1/claims",
            "/api/v1/workers/00000000-0000-4000-8000-000000000001/recommendations"})
    void withoutATokenEveryApiAnswers401(String path) {
        given().baseUri(Platform.GATEWAY).get(path).then().statusCode(401);
    }

    @Test
    void aForgedTokenIsRefused() {
        as("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/v1/workers/" + kailiWorker).then().statusCode(401);
    }

    /**
     * The gateway and each service remember a token they verified (until it expires): a token differing from it in
     * its claims or its signature is verified afresh, and refused, even right after the genuine one was accepted.
     */
    @Test
    void aTamperedCopyOfAnAcceptedTokenIsRefused() {
        String genuine = Tokens.officerKaili();
        as(genuine).get("/api/v1/workers/" + kailiWorker).then().statusCode(200);
        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"522601\""), "the officer's token names Kaili");
        String widened = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("\"522601\"", "\"520000\"").getBytes(StandardCharsets.UTF_8));
        as(parts[0] + "." + widened + "." + parts[2]).get("/api/v1/workers/" + kailiWorker).then().statusCode(401);
        char last = parts[2].charAt(parts[2].length() - 2);
        String signature = parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].charAt(parts[2].length() - 1);
        as(parts[0] + "." + parts[1] + "." + signature).get("/api/v1/workers/" + kailiWorker).then().statusCode(401);
        as(genuine).get("/api/v1/workers/" + kailiWorker).then().statusCode(200);
    }

    @Test
    void aWorkerMayNotRegisterLabourFilesAndAnEmployerMayNotEither() {
        as(Tokens.worker()).body(Platform.labourFile("x")).post("/api/v1/workers").then().statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.employer()).body(Platform.labourFile("x")).post("/api/v1/workers").then().statusCode(403);
    }

    @Test
    void aWorkerMayNotPostJobs() {
        as(Tokens.worker()).body(Platform.caringJob("x")).post("/api/v1/jobs").then().statusCode(403);
    }

    @Test
    void anOfficerRegistersFilesOfTheirOwnRegionOnly() {
        as(Tokens.officerXichang()).body(Platform.labourFile("x")).post("/api/v1/workers").then().statusCode(403)
                .body("detail", containsString("own region"));
    }

    @Test
    void aLabourFileIsSeenByItsRegionsOfficersAndItsProvincesPartnerOnly() {
        as(Tokens.officerKaili()).get("/api/v1/workers/" + kailiWorker).then().statusCode(200);
        as(Tokens.officerQiandongnan()).get("/api/v1/workers/" + kailiWorker).then().statusCode(200);
        as(Tokens.adminGuizhou()).get("/api/v1/workers/" + kailiWorker).then().statusCode(200);
        as(Tokens.partner("520000")).get("/api/v1/workers/" + kailiWorker).then().statusCode(200);

        as(Tokens.officerXichang()).get("/api/v1/workers/" + kailiWorker).then().statusCode(404);
        as(Tokens.partner("510000")).get("/api/v1/workers/" + kailiWorker).then().statusCode(404);
        as(Tokens.employer()).get("/api/v1/workers/" + kailiWorker).then().statusCode(404);
        as(Tokens.worker()).get("/api/v1/workers/" + kailiWorker).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anotherWorkersRecommendationsAreNotFound() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                as(Tokens.officerKaili()).get("/api/v1/workers/" + kailiWorker + "/recommendations").then().statusCode(200));
        as(Tokens.worker()).get("/api/v1/workers/" + kailiWorker + "/recommendations").then().statusCode(404);
        as(Tokens.officerXichang()).get("/api/v1/workers/" + kailiWorker + "/recommendations").then().statusCode(404);
        as(Tokens.employer()).get("/api/v1/workers/" + kailiWorker + "/recommendations").then().statusCode(404);
    }

    @Test
    void onlyThePostingsEmployerOrAnOfficerOfItsRegionMayCloseIt() {
        String postingId = as(Tokens.employer()).body(Platform.caringJob("护理 " + UUID.randomUUID())).post("/api/v1/jobs")
                .then().statusCode(201).extract().path("id");
        as(Tokens.otherEmployer()).get("/api/v1/jobs/" + postingId).then().statusCode(200);
        as(Tokens.otherEmployer()).post("/api/v1/jobs/" + postingId + "/close").then().statusCode(403);
        as(Tokens.officerKaili()).post("/api/v1/jobs/" + postingId + "/close").then().statusCode(403);
        as(Tokens.worker()).post("/api/v1/jobs/" + postingId + "/close").then().statusCode(403);
        as(Tokens.employer()).post("/api/v1/jobs/" + postingId + "/close").then().statusCode(200);
        as(Tokens.employer()).post("/api/v1/jobs/" + postingId + "/close").then().statusCode(409)
                .body("type", containsString("posting-ended"));
        as(Tokens.otherEmployer()).get("/api/v1/jobs/" + postingId).then().statusCode(404);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        Map<String, Object> file = new java.util.HashMap<>(Platform.labourFile("x"));
        file.put("householdRegion", "522699");
        as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("householdRegion"));
        file.put("householdRegion", "52260");
        file.put("expectedMonthlyPay", -1);
        as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().statusCode(400)
                .body("errors.field", hasItem("householdRegion")).body("errors.field", hasItem("expectedMonthlyPay"));
        Map<String, Object> job = new java.util.HashMap<>(Platform.caringJob("x"));
        job.put("payMin", 6000);
        as(Tokens.employer()).body(job).post("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("payMax"));
        as(Tokens.employer()).body("{\"title\": ").post("/api/v1/jobs").then().statusCode(400)
                .contentType("application/problem+json");
        given().baseUri(Platform.GATEWAY).header("Authorization", "Bearer " + Tokens.officerKaili())
                .get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }
}
