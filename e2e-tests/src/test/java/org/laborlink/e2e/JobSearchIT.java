package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;

/** Job search through the gateway: free text, near a point, region, job type, pay floor, facets and paging. */
class JobSearchIT {

    @Test
    void searchFiltersByTextPlaceRegionTypeAndPayCountsFacetsAndPages() {
        String token = "zq" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> regular = new HashMap<>(Platform.caringJob("家政服务员 " + token));
        regular.putAll(Map.of("jobType", "REGULAR", "payMin", 5000, "payMax", 5500));
        String regularJob = as(Tokens.employer()).body(regular).post("/api/v1/jobs").then().statusCode(201)
                .extract().path("id");
        String caringJob = as(Tokens.employer()).body(Platform.caringJob("养老护理员 " + token)).post("/api/v1/jobs")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                as(Tokens.worker()).get("/api/v1/search/jobs?q=" + token).then().statusCode(200).body("total", equalTo(2)));
        as(Tokens.worker()).get("/api/v1/search/jobs?q=" + token).then().statusCode(200)
                .body("facets.jobType.REGULAR", equalTo(1)).body("facets.jobType.CARING_JOB", equalTo(1))
                .body("facets.province.330000", equalTo(2));
        assertEquals(List.of(caringJob), ids("q=" + token + "&jobType=CARING_JOB"));
        assertEquals(2, ids("q=" + token + "&near=30.26,120.13&radiusKm=20").size());
        assertEquals(0, ids("q=" + token + "&near=26.57,107.98&radiusKm=50").size());
        assertEquals(2, ids("q=" + token + "&region=330000").size());
        assertEquals(2, ids("q=" + token + "&region=" + Platform.HANGZHOU_XIHU).size());
        assertEquals(0, ids("q=" + token + "&region=520000").size());
        assertEquals(List.of(regularJob), ids("q=" + token + "&payMin=5300"));

        JsonPath first = as(Tokens.worker()).get("/api/v1/search/jobs?limit=1&q=" + token).then().statusCode(200)
                .extract().jsonPath();
        String next = first.getString("next");
        JsonPath second = as(Tokens.worker()).get("/api/v1/search/jobs?limit=1&q=" + token + "&after=" + next).then()
                .statusCode(200).extract().jsonPath();
        assertNotEquals(first.getString("items[0].postingId"), second.getString("items[0].postingId"));
        as(Tokens.worker()).get("/api/v1/search/jobs?near=somewhere").then().statusCode(400)
                .body("errors[0].field", equalTo("near"));
    }

    private static List<String> ids(String query) {
        return as(Tokens.worker()).get("/api/v1/search/jobs?" + query).then().statusCode(200).extract()
                .jsonPath().getList("items.postingId", String.class);
    }
}
