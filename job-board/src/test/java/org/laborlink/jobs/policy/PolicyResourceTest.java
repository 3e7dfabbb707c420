package org.laborlink.jobs.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@Tag("service")
class PolicyResourceTest {

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** Guizhou's numbers as they stand, to set again (the seeded data stays as it is). */
    static Map<String, Object> guizhou() {
        Map<String, Object> now = as(Tokens.worker()).get("/api/v1/policies/520000").then().statusCode(200)
                .body("caringJobPayFloor", notNullValue()).extract().jsonPath().getMap("");
        Map<String, Object> body = new HashMap<>();
        for (String field : new String[] {"caringJobPayFloor", "minimumMonthlyWage", "povertyLineMonthlyIncome",
                "publicWelfareInsuranceCover", "temporaryPostMinimumMonths"}) {
            body.put(field, now.get(field));
        }
        return body;
    }

    @Test
    void aProvincesAdminSetsItsNumbersAndNobodyElseDoes() {
        Map<String, Object> numbers = guizhou();
        as(Tokens.adminGuizhou()).body(numbers).put("/api/v1/policies/520000").then().statusCode(200)
                .body("province", equalTo("520000")).body("updatedBy", notNullValue());
        as(Tokens.adminGuizhou()).body(numbers).put("/api/v1/policies/510000").then().statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.officerKaili()).body(numbers).put("/api/v1/policies/520000").then().statusCode(403);
    }

    @Test
    void numbersThatLeaveNoRoomForAPublicWelfarePostAreRefused() {
        Map<String, Object> numbers = guizhou();
        numbers.put("povertyLineMonthlyIncome", 1500);
        as(Tokens.adminGuizhou()).body(numbers).put("/api/v1/policies/520000").then().statusCode(400)
                .body("errors[0].field", equalTo("povertyLineMonthlyIncome"));
        numbers = guizhou();
        numbers.remove("minimumMonthlyWage");
        as(Tokens.adminGuizhou()).body(numbers).put("/api/v1/policies/520000").then().statusCode(400)
                .body("errors[0].field", equalTo("minimumMonthlyWage"));
        as(Tokens.worker()).get("/api/v1/policies/990000").then().statusCode(404);
    }
}
