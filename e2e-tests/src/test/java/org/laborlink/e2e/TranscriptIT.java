package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The transcript the gateway composes for a destination (Hangzhou) and an origin (Qiandongnan), who may read which
 * side of it, its CSV, and a campaign's totals across its fairs.
 */
class TranscriptIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** Zunyi (520300), Guizhou's other prefecture in this test; Honghuagang district (520302). */
    static final String ZUNYI_HONGHUAGANG = "520302";
    /**
     * The whole history and what is agreed (hires starting after today), so every record counts as the
     * stable-employment figures count them; stays are still reckoned as of today.
     */
    static final String ALL_TIME = "from=1990-01-01&to=2100-12-31";

    @Test
    void hangzhousTranscriptShowsGuizhouWorkersByPrefectureAndTheOriginSideEqualsTheStableEmploymentFigures() {
        String employer = hangzhouInputBase();
        JsonPath before = transcript(Tokens.officerHangzhou(), "330100");

        // two workers of Kaili (Qiandongnan), one hired four months ago, one of Zunyi, all in Hangzhou's Xihu district
        hire(Tokens.officerKaili(), Platform.KAILI, employer, TODAY.minusMonths(4));
        hire(Tokens.officerKaili(), Platform.KAILI, employer, TODAY.minusDays(10));
        hire(Tokens.adminGuizhou(), ZUNYI_HONGHUAGANG, employer, TODAY.minusDays(3));

        JsonPath after = transcript(Tokens.officerHangzhou(), "330100");
        assertEquals(3, figure(after, "destination", "520000", null, "employments")
                - figure(before, "destination", "520000", null, "employments"));
        assertEquals(2, figure(after, "destination", "520000", "522600", "employments")
                - figure(before, "destination", "520000", "522600", "employments"));
        assertEquals(2, figure(after, "destination", "520000", "522600", "inWorkAtEnd")
                - figure(before, "destination", "520000", "522600", "inWorkAtEnd"));
        assertEquals(1, figure(after, "destination", "520000", "520300", "inWorkAtEnd")
                - figure(before, "destination", "520000", "520300", "inWorkAtEnd"));
        assertEquals(1, figure(after, "destination", "520000", "522600", "stayedThreeMonths")
                - figure(before, "destination", "520000", "522600", "stayedThreeMonths"));
        String registeredPoor = "destination.byPovertyStatus.find { it.povertyStatus == 'REGISTERED_POOR' }.figures.inWorkAtEnd";
        assertEquals(3, count(after, registeredPoor) - count(before, registeredPoor));
        assertEquals(3, after.getLong("employers.employmentsAtLabourInputBases")
                - before.getLong("employers.employmentsAtLabourInputBases"));
        assertEquals("杭州市", after.getString("name"));
        assertTrue(after.getList("helpedRegions").contains("522600"), "Hangzhou helps Qiandongnan");

        // the origin side of a prefecture is what its stable-employment figures say of its workers
        JsonPath origin = as(Tokens.officerQiandongnan()).get("/api/v1/reports/transcript?region=522600&" + ALL_TIME)
                .then().statusCode(200).extract().jsonPath();
        JsonPath stable = as(Tokens.officerQiandongnan()).get("/api/v1/regions/522600/stable-employment").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(stable.getLong("hires"), origin.getLong("origin.total.employments"));
        for (String figure : List.of("dueThreeMonths", "stayedThreeMonths", "dueSixMonths", "stayedSixMonths")) {
            assertEquals(stable.getLong(figure), origin.getLong("origin.total." + figure), figure);
        }
        assertTrue(origin.getLong("origin.byProvince.find { it.province == '330000' }.prefectures.find { it.prefecture == '330100' }.figures.employments") >= 2);
    }

    @Test
    void aPartnerReadsItsOwnProvincesSideOnlyAndOthersAreRefused() {
        as(Tokens.partner("520000")).get("/api/v1/reports/transcript?region=330100").then().statusCode(200)
                .body("scope", equalTo("520000"))
                .body("destination.byProvince.province", not(hasItem("510000")))
                .body("origin.total.employments", equalTo(0));
        // Sichuan is not paired with Hangzhou
        as(Tokens.partner("510000")).get("/api/v1/reports/transcript?region=330100").then().statusCode(404);
        as(Tokens.officerXichang()).get("/api/v1/reports/transcript?region=330100").then().statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.worker()).get("/api/v1/reports/transcript?region=330100").then().statusCode(404);
        as(Tokens.employer()).get("/api/v1/reports/transcript?region=522600").then().statusCode(404);
    }

    @Test
    void theTranscriptIsCsvOnAskingAndBadParametersAreNamed() {
        String csv = as(Tokens.officerHangzhou()).get("/api/v1/reports/transcript?region=330100&format=csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("section,region,name,povertyStatus,measure,value\n"), csv.substring(0, 80));
        assertTrue(csv.contains("\ndestination,330100,杭州市,,employments,"), "the destination total");
        as(Tokens.officerHangzhou()).header("Accept", "text/csv").get("/api/v1/reports/transcript?region=330100").then()
                .statusCode(200).contentType(containsString("text/csv"));

        as(Tokens.officerHangzhou()).get("/api/v1/reports/transcript").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("region"));
        as(Tokens.officerHangzhou()).get("/api/v1/reports/transcript?region=33010").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        as(Tokens.officerHangzhou()).get("/api/v1/reports/transcript?region=330100&from=2026-13-01").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        as(Tokens.officerHangzhou()).get("/api/v1/reports/transcript?region=330100&from=2026-06-01&to=2026-05-01")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        as(Tokens.officerHangzhou()).get("/api/v1/reports/transcript?region=330100&format=pdf").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        as(Tokens.officerHangzhou()).get("/api/v1/reports/transcript?region=330100&workerId=x").then().statusCode(400)
                .body("errors[0].field", equalTo("workerId"));
        as(Tokens.officerHangzhou()).body("{}").post("/api/v1/reports/transcript?region=330100").then().statusCode(405);
    }

    @Test
    void aCampaignCountsAWorkerWhoRegisteredIntentionsAtTwoOfItsFairsOnce() {
        String name = "春风行动 " + UUID.randomUUID();
        String campaign = as(Tokens.officerHangzhou()).body(Map.of("name", name, "startsOn", TODAY.minusDays(1).toString(),
                "endsOn", TODAY.plusDays(30).toString(), "regions", List.of("330100", "522600")))
                .post("/api/v1/campaigns").then().statusCode(201).body("figures.fairs", equalTo(0)).extract().path("id");
        // one fair in Hangzhou, one a cooperation fair held in Kaili, the region Hangzhou helps
        String inHangzhou = fair(Tokens.officerHangzhou(), Platform.HANGZHOU_XIHU, campaign).then().statusCode(201)
                .body("campaignId", equalTo(campaign)).extract().path("id");
        String inKaili = fair(Tokens.officerHangzhou(), Platform.KAILI, campaign).then().statusCode(201)
                .body("region", equalTo(Platform.KAILI)).body("organiserRegion", equalTo("330100")).extract().path("id");
        // Ningbo is neither Hangzhou's nor paired with it; Xichang's own fair lies outside the campaign's regions; Xichang
        // has no pair in Guizhou
        fair(Tokens.officerHangzhou(), "330200", campaign).then().statusCode(403);
        fair(Tokens.officerXichang(), "513401", campaign).then().statusCode(400).body("errors[0].field", equalTo("campaignId"));
        fair(Tokens.officerXichang(), Platform.KAILI, null).then().statusCode(403);

        String first = openPosting();
        String second = openPosting();
        as(Tokens.employer()).body(Map.of("postingId", first)).post("/api/v1/job-fairs/" + inHangzhou + "/postings").then().statusCode(200);
        as(Tokens.employer()).body(Map.of("postingId", second)).post("/api/v1/job-fairs/" + inKaili + "/postings").then().statusCode(200);
        // the same worker registers intentions at both fairs; another worker at one
        as(Tokens.worker()).body(Map.of("fairId", inHangzhou)).post("/api/v1/jobs/" + first + "/applications").then().statusCode(201);
        as(Tokens.worker()).body(Map.of("fairId", inKaili)).post("/api/v1/jobs/" + second + "/applications").then().statusCode(201);
        as(Tokens.otherWorker()).body(Map.of("fairId", inKaili)).post("/api/v1/jobs/" + second + "/applications").then().statusCode(201);

        as(Tokens.worker()).get("/api/v1/campaigns/" + campaign).then().statusCode(200)
                .body("name", equalTo(name))
                .body("figures.fairs", equalTo(2)).body("figures.employers", equalTo(1))
                .body("figures.postings", equalTo(2)).body("figures.places", equalTo(20))
                .body("figures.intentions", equalTo(3)).body("figures.workersWithIntentions", equalTo(2))
                .body("figures.byHostRegion.region", equalTo(List.of("330100", "522600")));
        // each fair counts its own
        as(Tokens.worker()).get("/api/v1/job-fairs/" + inKaili).then().statusCode(200).body("intentions", equalTo(2));

        // the cooperation fair is one of Hangzhou's fairs held in a partner region in its transcript
        JsonPath transcript = transcript(Tokens.officerHangzhou(), "330100");
        assertTrue(transcript.getLong("fairsInPartnerRegions.fairs") >= 1);
        assertTrue(transcript.getList("fairsInPartnerRegions.byHostRegion.region").contains("522600"));

        as(Tokens.officerHangzhou()).get("/api/v1/campaigns/" + UUID.randomUUID()).then().statusCode(404);
        as(Tokens.officerKaili()).body(Map.of("name", "x", "startsOn", TODAY.toString(), "endsOn", TODAY.toString(),
                "regions", List.of("513401"))).post("/api/v1/campaigns").then().statusCode(403);
        as(Tokens.officerHangzhou()).body(Map.of("name", "x", "startsOn", TODAY.toString(), "endsOn",
                TODAY.minusDays(1).toString(), "regions", List.of("330100"))).post("/api/v1/campaigns").then()
                .statusCode(400).body("errors[0].field", equalTo("endsOn"));
        as(Tokens.officerHangzhou()).body(Map.of("name", "x", "startsOn", TODAY.toString(), "endsOn", TODAY.toString(),
                "regions", List.of())).post("/api/v1/campaigns").then().statusCode(400).body("errors[0].field", containsString("regions"));
        as(Tokens.worker()).body(Map.of("name", "x", "startsOn", TODAY.toString(), "endsOn", TODAY.toString(),
                "regions", List.of("330100"))).post("/api/v1/campaigns").then().statusCode(403);
    }

    private static Response fair(String officer, String region, String campaign) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "专场招聘会 " + UUID.randomUUID(), "kind", "ON_SITE",
                "region", region, "startsOn", TODAY.toString(), "endsOn", TODAY.plusDays(1).toString()));
        if (campaign != null) {
            body.put("campaignId", campaign);
        }
        return as(officer).body(body).post("/api/v1/job-fairs");
    }

    private static String openPosting() {
        return as(Tokens.employer()).body(Platform.caringJob("养老护理员 " + UUID.randomUUID())).post("/api/v1/jobs").then()
                .statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
    }

    private static JsonPath transcript(String token, String region) {
        return as(token).get("/api/v1/reports/transcript?region=" + region + "&" + ALL_TIME).then().statusCode(200)
                .extract().jsonPath();
    }

    /** One figure of a side for an origin (destination) province, or one of its prefectures; 0 where there is no row. */
    private static long figure(JsonPath transcript, String side, String province, String prefecture, String figure) {
        String p = side + ".byProvince.find { it.province == '" + province + "' }";
        return count(transcript, prefecture == null ? p + ".figures." + figure
                : p + ".prefectures.find { it.prefecture == '" + prefecture + "' }.figures." + figure);
    }

    private static long count(JsonPath transcript, String path) {
        Object value = transcript.get(path);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A Hangzhou employer its city's officer registers and verifies as a labour input base. */
    private static String hangzhouInputBase() {
        String code = EmployerIT.creditCode();
        String id = as(Tokens.officerHangzhou()).body(Map.of("name", "杭州劳务输入基地 " + code, "creditCode", code,
                "region", Platform.HANGZHOU_XIHU, "address", "西湖区", "industry", "electronics", "sme", false,
                "labourInputBase", true)).post("/api/v1/employers").then().statusCode(201).extract().path("id");
        as(Tokens.officerHangzhou()).post("/api/v1/employers/" + id + "/verify").then().statusCode(200);
        return id;
    }

    /** A new registered-poor worker of {@code home}, hired in Hangzhou from {@code start}, recorded by their office. */
    private static void hire(String officer, String home, String employer, LocalDate start) {
        Map<String, Object> file = new HashMap<>(Platform.labourFile("吴秀英 " + UUID.randomUUID()));
        file.put("householdRegion", home);
        String worker = as(officer).body(file).post("/api/v1/workers").then().statusCode(201).extract().path("id");
        Map<String, Object> hire = Map.of("workerId", worker, "employerId", employer, "workRegion",
                Platform.HANGZHOU_XIHU, "startDate", start.toString(), "monthlyPay", 5200);
        // job-board learns of the new labour file from workers.v1 within moments
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(officer).body(hire).post("/api/v1/employments"), r -> r.statusCode() != 409)
                .then().statusCode(201).body("migrant", equalTo(true));
    }
}
