package org.laborlink.e2e;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.laborlink.e2e.Platform.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.response.Response;

/**
 * Occupation codes suggested where people write work in their own words: a posting created with a title only waits
 * as a draft for a confirmed code (the posting gate), and a labour file's desired occupation in the worker's words.
 */
class SuggestedOccupationsIT {

    @Test
    void aPostingWithATitleOnlyOpensOnceItsEmployerConfirmsACode() {
        Map<String, Object> posting = new HashMap<>(Platform.caringJob("养老院护工（包吃住）"));
        posting.remove("occupationCode");
        Response created = as(Tokens.employer()).body(posting).post("/api/v1/jobs");
        created.then().statusCode(201).body("status", equalTo("DRAFT")).body("occupationCode", nullValue())
                .body("occupationConfirmed", equalTo(false))
                .body("occupationSuggestions[0].code", equalTo(Platform.ELDERLY_CARE))
                .body("occupationSuggestions[0].confidence", notNullValue())
                .body("occupationSuggestions[0].reasons.kind", hasItem("similar"));
        String id = created.path("id");

        as(Tokens.employer()).post("/api/v1/jobs/" + id + "/publish").then().statusCode(409)
                .body("type", endsWith("occupation-not-confirmed")).body("errors.field", hasItem("occupationCode"));
        as(Tokens.employer()).header("If-Match", "\"0\"").body(Map.of("occupationCode", "1-2-3")).patch("/api/v1/jobs/" + id)
                .then().statusCode(400).body("errors.field", hasItem("occupationCode"));
        as(Tokens.employer()).header("If-Match", "\"0\"").body(Map.of("occupationCode", "9-99-99-99"))
                .patch("/api/v1/jobs/" + id).then().statusCode(400).body("errors.field", hasItem("occupationCode"));
        as(Tokens.otherEmployer()).header("If-Match", "\"0\"").body(Map.of("occupationCode", Platform.ELDERLY_CARE))
                .patch("/api/v1/jobs/" + id).then().statusCode(404);
        // nothing of the refused changes was kept
        as(Tokens.employer()).get("/api/v1/jobs/" + id).then().statusCode(200).body("version", equalTo(0))
                .body("occupationCode", nullValue());

        as(Tokens.employer()).header("If-Match", "\"0\"").body(Map.of("occupationCode", Platform.ELDERLY_CARE))
                .patch("/api/v1/jobs/" + id).then().statusCode(200).body("occupationConfirmed", equalTo(true))
                .body("occupationCode", equalTo(Platform.ELDERLY_CARE));
        int version = as(Tokens.employer()).post("/api/v1/jobs/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("OPEN")).extract().path("version");
        // once confirmed, the occupation is what the posting is
        as(Tokens.employer()).header("If-Match", "\"" + version + "\"").body(Map.of("occupationCode", Platform.HOUSEKEEPING))
                .patch("/api/v1/jobs/" + id).then().statusCode(400).body("errors.field", hasItem("occupationCode"));
    }

    /** A coded posting is confirmed from the start; a title-only twin of it is caught when it opens, not let through. */
    @Test
    void aPostingWithItsCodeIsConfirmedFromTheStartAndATitleOnlyTwinIsCaughtWhenItOpens() {
        as(Tokens.employer()).body(Platform.caringJob("养老护理员")).post("/api/v1/jobs").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("occupationConfirmed", equalTo(true))
                .body("occupationSuggestions", nullValue());
        Map<String, Object> twin = new HashMap<>(Platform.caringJob("养老护理员（包吃住）"));
        twin.remove("occupationCode");
        twin.remove("notADuplicate");
        String id = as(Tokens.employer()).body(twin).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        as(Tokens.employer()).header("If-Match", "\"0\"").body(Map.of("occupationCode", Platform.ELDERLY_CARE))
                .patch("/api/v1/jobs/" + id).then().statusCode(200);
        as(Tokens.employer()).post("/api/v1/jobs/" + id + "/publish").then().statusCode(409)
                .body("type", endsWith("likely-duplicate-posting"));
        as(Tokens.employer()).get("/api/v1/jobs/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aLabourFilesDesiredOccupationInTheWorkersWordsGetsSuggestedCodes() {
        Response registered = as(Tokens.officerKaili()).body(Platform.labourFile("龙秀英")).post("/api/v1/workers");
        registered.then().statusCode(201);
        String id = registered.path("id");
        String etag = registered.header("ETag");

        as(Tokens.officerKaili()).header("If-Match", etag).body(Map.of("desiredOccupationText", "😀😀"))
                .patch("/api/v1/workers/" + id).then().statusCode(400).body("errors.field", hasItem("desiredOccupationText"));
        Response changed = as(Tokens.officerKaili()).header("If-Match", etag)
                .body(Map.of("desiredOccupationText", "去杭州做住家保姆")).patch("/api/v1/workers/" + id);
        changed.then().statusCode(200).body("desiredOccupationText", equalTo("去杭州做住家保姆"))
                .body("desiredOccupationSuggestions.code", hasItem(Platform.HOUSEKEEPING));
        // the officer confirms the code for her words: kept as the file's desired occupation
        as(Tokens.officerKaili()).header("If-Match", changed.header("ETag"))
                .body(Map.of("desiredOccupations", List.of(Platform.HOUSEKEEPING))).patch("/api/v1/workers/" + id)
                .then().statusCode(200).body("desiredOccupations", equalTo(List.of(Platform.HOUSEKEEPING)));
        as(Tokens.officerKaili()).get("/api/v1/workers/" + id + "/history").then().statusCode(200)
                .body("changes.flatten().field", hasItem("desiredOccupationText"));
    }
}
