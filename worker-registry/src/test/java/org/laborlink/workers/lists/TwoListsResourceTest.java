package org.laborlink.workers.lists;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.ResidentIds;
import org.laborlink.platform.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@Tag("service")
class TwoListsResourceTest {

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    static String file(List<String> destinations) {
        return as(Tokens.officerKaili()).body(Map.of("name", "名单 " + UUID.randomUUID(), "idNumber", ResidentIds.next(),
                "householdRegion", "522601", "willingToMigrateTo", destinations)).post("/api/v1/workers")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void anOfficerFindsAnyFileOfTheRegionByNameOnTheListOfAllFiles() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String stayingHome = as(Tokens.officerKaili()).body(Map.of("name", "留守 " + mark, "idNumber", ResidentIds.next(),
                "householdRegion", "522601")).post("/api/v1/workers").then().statusCode(201).extract().path("id");
        as(Tokens.officerKaili()).get("/api/v1/regions/522601/lists/all?name=" + mark).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.equalTo(List.of(stayingHome)));
        as(Tokens.officerKaili()).get("/api/v1/regions/522601/lists/willing-to-go-out?name=" + mark).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as(Tokens.officerXichang()).get("/api/v1/regions/522601/lists/all?name=" + mark).then().statusCode(404);
    }

    @Test
    void theTwoListsSplitTheRegionsWorkersByWorkAndWillingnessToGoOut() {
        String goingOut = file(List.of("440000"));
        String stayingHome = file(List.of());
        String working = file(List.of("330000"));
        as(Tokens.officerKaili()).body(Map.of("status", "EMPLOYED_MIGRANT", "employer", "杭州某养老院"))
                .post("/api/v1/workers/" + working + "/employment-status").then().statusCode(200);

        Set<String> willing = ids(Tokens.officerQiandongnan(), "522600", "willing-to-go-out");
        assertTrue(willing.contains(goingOut));
        assertFalse(willing.contains(stayingHome), "not willing to migrate");
        assertFalse(willing.contains(working), "a migrant already out is on the other list");
        Set<String> employed = ids(Tokens.adminGuizhou(), "520000", "employed");
        assertTrue(employed.contains(working));
        assertFalse(employed.contains(goingOut));

        Response first = as(Tokens.officerKaili()).get("/api/v1/regions/522601/lists/willing-to-go-out?limit=1");
        Map<String, Integer> byStatus = first.path("countsByStatus");
        assertEquals(((Number) first.path("total")).longValue(),
                byStatus.values().stream().mapToLong(Integer::longValue).sum(), "the total is the sum of the statuses");
        assertTrue(((Map<String, Integer>) first.path("countsByDestination")).get("440000") >= 1);

        as(Tokens.officerKaili()).accept("text/csv").get("/api/v1/regions/522601/lists/employed").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString(working + ",")).body(containsString("杭州某养老院"));
    }

    @Test
    void onlyTheRegionsOfficersAndItsProvincesPartnerSeeTheLists() {
        as(Tokens.partner("520000")).get("/api/v1/regions/522601/lists/employed").then().statusCode(200);
        as(Tokens.partner("510000")).get("/api/v1/regions/522601/lists/employed").then().statusCode(404);
        as(Tokens.officerXichang()).get("/api/v1/regions/522601/lists/willing-to-go-out").then().statusCode(404);
        as(Tokens.officerKaili()).get("/api/v1/regions/522600/lists/employed").then().statusCode(404);
        as(Tokens.worker()).get("/api/v1/regions/522601/lists/employed").then().statusCode(403);
    }

    private static Set<String> ids(String token, String region, String list) {
        Set<String> ids = new HashSet<>();
        String after = "";
        for (int page = 0; page < 1000 && after != null; page++) {
            Response r = as(token).queryParam("limit", 1000).queryParam("after", after)
                    .get("/api/v1/regions/" + region + "/lists/" + list);
            r.then().statusCode(200);
            List<String> items = r.path("items.id");
            ids.addAll(items);
            after = r.path("next");
        }
        return ids;
    }
}
