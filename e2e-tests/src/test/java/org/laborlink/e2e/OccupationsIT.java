package org.laborlink.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;

/** Title normalisation through the gateway: free-text job titles to CSCO 2022 codes, and its measured accuracy. */
class OccupationsIT {

    @Test
    void aRecruitersTitleFindsItsOccupationAndTheAccuracyOnUnseenTitlesIsReported() {
        as(Tokens.employer()).body(Map.of("title", "养老护理员")).post("/api/v1/occupations/normalize").then()
                .statusCode(200).body("matches[0].code", equalTo(Platform.ELDERLY_CARE));
        as(Tokens.worker()).body(Map.of("title", "住家保姆", "limit", 3)).post("/api/v1/occupations/normalize").then()
                .statusCode(200).body("matches[0].code", equalTo(Platform.HOUSEKEEPING));
        as(Tokens.worker()).body(Map.of("title", " ")).post("/api/v1/occupations/normalize").then().statusCode(400)
                .contentType("application/problem+json");

        JsonPath accuracy = as(Tokens.officerKaili()).get("/api/v1/occupations/normalize/accuracy").then()
                .statusCode(200).extract().jsonPath();
        System.out.printf("title normalisation on %d held-out titles: top-1 %.1f %%, top-5 %.1f %% (%d ms)%n",
                accuracy.getInt("titles"), accuracy.getDouble("top1Rate") * 100, accuracy.getDouble("top5Rate") * 100,
                accuracy.getLong("millis"));
        assertTrue(accuracy.getInt("titles") > 100, "the held-out set is the classification's aliases, hundreds of them");
        assertTrue(accuracy.getDouble("top5Rate") >= 0.5, "top-5 accuracy fell below half: " + accuracy.prettify());
        as(Tokens.worker()).get("/api/v1/occupations/normalize/accuracy").then().statusCode(403);
    }
}
