package org.laborlink.e2e;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;

/**
 * Title normalisation through the gateway: free-text job titles as recruiters write them to CSCO 2022 codes, with
 * reasons; titles that name nothing; employers and offices confirming codes; and its measured accuracy.
 */
class OccupationsIT {

    private static final String NORMALIZE = "/api/v1/occupations/normalize";

    @Test
    void aRecruitersTitleFindsItsOccupationAndTheAccuracyOnUnseenTitlesIsReported() {
        as(Tokens.employer()).body(Map.of("title", "养老护理员")).post(NORMALIZE).then()
                .statusCode(200).body("matches[0].code", equalTo(Platform.ELDERLY_CARE));
        as(Tokens.worker()).body(Map.of("title", "住家保姆", "limit", 3)).post(NORMALIZE).then()
                .statusCode(200).body("matches[0].code", equalTo(Platform.HOUSEKEEPING));

        JsonPath accuracy = as(Tokens.officerKaili()).get(NORMALIZE + "/accuracy").then()
                .statusCode(200).extract().jsonPath();
        System.out.printf("title normalisation on %d held-out titles: top-1 %.1f %%, top-5 %.1f %% (%d ms)%n",
                accuracy.getInt("titles"), accuracy.getDouble("top1Rate") * 100, accuracy.getDouble("top5Rate") * 100,
                accuracy.getLong("millis"));
        assertTrue(accuracy.getInt("titles") > 100, "the held-out set is the classification's aliases, hundreds of them");
        assertTrue(accuracy.getDouble("top5Rate") >= 0.5, "top-5 accuracy fell below half: " + accuracy.prettify());
        as(Tokens.worker()).get(NORMALIZE + "/accuracy").then().statusCode(403);
    }

    @Test
    void theRecruitingNoiseIsTakenOutAndEachMatchSaysWhy() {
        JsonPath answer = as(Tokens.employer()).body(Map.of("title", "【急聘】杭州电焊工学徒 月薪6000-8000 包吃住（男女不限）"))
                .post(NORMALIZE).then().statusCode(200).extract().jsonPath();
        assertEquals("电焊工", answer.getString("occupationWords"), answer.prettify());
        assertEquals("6-18-02-04", answer.getString("matches[0].code"), "焊工: " + answer.prettify());
        assertTrue(answer.getDouble("matches[0].confidence") >= answer.getDouble("matches[1].confidence"));
        List<String> kinds = answer.getList("matches[0].reasons.kind");
        assertTrue(kinds.contains("similar") || kinds.contains("alias"), answer.prettify());
        // the whole title as one of the classification's aliases says so
        as(Tokens.employer()).body(Map.of("title", "叉车司机")).post(NORMALIZE).then().statusCode(200)
                .body("matches[0].reasons.kind", hasItem("alias"));
    }

    @Test
    void aTitleWithNoWordsIsRefusedNamingTitleAndOneNamingNothingMatchesNothing() {
        for (String bad : List.of("", "   ", "😀🔥✨", "！？…", "焊".repeat(201))) {
            as(Tokens.worker()).body(Map.of("title", bad)).post(NORMALIZE).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("title"));
        }
        as(Tokens.worker()).body(Map.of()).post(NORMALIZE).then().statusCode(400).body("errors.field", hasItem("title"));
        // recruiting noise alone, and words that are no job, name no occupation: no guess with a made-up confidence
        for (String nothing : List.of("急招 高薪 包吃住 五险一金", "啊啊啊啊啊")) {
            as(Tokens.worker()).body(Map.of("title", nothing)).post(NORMALIZE).then().statusCode(200)
                    .body("matches", empty());
        }
    }

    /**
     * A code confirmed for a title goes first only once two parties agree, a labour office among them: the same
     * employer saying it twice counts once, employers alone never decide, and one other party naming another code does
     * not overturn it. The code is a correction neither half of the normaliser found (园艺工 for a warehouse title).
     * The title is new in every run, so no earlier run's confirmations count.
     */
    @Test
    void aConfirmedCodeWinsOnceAnOfficeAndAnotherPartyAgree() throws Exception {
        String title = "仓库理货员" + randomLetters(8);
        String chosen = "5-01-02-02";
        JsonPath first = as(Tokens.employer()).body(Map.of("title", title, "limit", 20)).post(NORMALIZE).then()
                .statusCode(200).extract().jsonPath();
        String suggested = first.getString("matches[0].code");
        assertFalse(first.getList("matches.code").contains(chosen), first.prettify());

        Map<String, String> confirmation = Map.of("title", title, "code", chosen);
        as(Tokens.worker()).body(confirmation).post(NORMALIZE + "/confirmations").then().statusCode(403);
        as(Tokens.employer()).body(Map.of("title", title, "code", "9-99-99-99")).post(NORMALIZE + "/confirmations")
                .then().statusCode(400).body("errors.field", hasItem("code"));
        as(Tokens.employer()).body(Map.of("title", title, "code", chosen, "source", "SOMEWHERE"))
                .post(NORMALIZE + "/confirmations").then().statusCode(400).body("errors.field", hasItem("source"));
        for (int i = 0; i < 2; i++) {
            as(Tokens.employer()).body(confirmation).post(NORMALIZE + "/confirmations").then().statusCode(200);
        }
        as(Tokens.otherEmployer()).body(confirmation).post(NORMALIZE + "/confirmations").then().statusCode(200);
        Thread.sleep(3_000); // every instance has read the others' confirmations (every 2 s)
        // two employers, however often: the suggestion stands, the confirmed code shown with its confirmations
        for (int i = 0; i < 4; i++) { // both instances
            JsonPath answer = as(Tokens.officerKaili()).body(Map.of("title", title)).post(NORMALIZE).then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(suggested, answer.getString("matches[0].code"), answer.prettify());
        }
        as(Tokens.officerKaili()).body(confirmation).post(NORMALIZE + "/confirmations").then().statusCode(200);
        as(Tokens.officerQiandongnan()).body(Map.of("title", title, "code", suggested)).post(NORMALIZE + "/confirmations")
                .then().statusCode(200);
        // three parties, an office among them, against one
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        int agreeing = 0;
        JsonPath answer = null;
        while (agreeing < 4 && Instant.now().isBefore(until)) {
            answer = as(Tokens.worker()).body(Map.of("title", title)).post(NORMALIZE).then().statusCode(200)
                    .extract().jsonPath();
            agreeing = chosen.equals(answer.getString("matches[0].code"))
                    && answer.getList("matches[0].reasons.text").contains("confirmed by 1 office and 2 employers")
                    ? agreeing + 1 : 0;
            Thread.sleep(agreeing == 0 ? 300 : 0);
        }
        assertEquals(4, agreeing, "the code an office and two employers confirmed did not go first: "
                + (answer == null ? "" : answer.prettify()));
        as(Tokens.worker()).body(Map.of("title", title)).post(NORMALIZE).then()
                .body("matches[0].reasons.kind", hasItem("confirmed"))
                .body("matches[0].confidence", greaterThanOrEqualTo(0.95f));
    }

    static String randomLetters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
