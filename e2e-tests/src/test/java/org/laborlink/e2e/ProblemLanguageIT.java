package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.laborlink.e2e.Platform.as;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.ResidentIds;
import org.laborlink.platform.testing.Tokens;

/**
 * Problem details follow Accept-Language: Simplified Chinese for zh-CN, English otherwise, from every service and
 * from the gateway itself; the fields named stay the same.
 */
class ProblemLanguageIT {

    private static final String CHINESE = ".*[\\u4e00-\\u9fff].*";

    @Test
    void everyServiceAnswersANotFoundInTheLanguageAsked() {
        String id = UUID.randomUUID().toString();
        for (String path : new String[] {"/api/v1/workers/" + id, "/api/v1/jobs/" + id, "/api/v1/jobs/" + id + "/candidates",
                "/api/v1/courses/" + id, "/api/v1/claims/" + id}) {
            as(Tokens.officerKaili()).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("title", equalTo("未找到"))
                    .body("detail", matchesPattern(CHINESE)).body("detail", matchesPattern(".*" + id + ".*"));
            as(Tokens.officerKaili()).header("Accept-Language", "en").get(path).then().statusCode(404)
                    .body("title", equalTo("Not found")).body("detail", matchesPattern("[^\\u4e00-\\u9fff]*"));
        }
    }

    @Test
    void aRefusedFieldIsNamedTheSameAndExplainedInTheLanguageAsked() {
        Map<String, Object> file = Map.of("name", "语言", "idNumber", ResidentIds.next(), "householdRegion", Platform.KAILI,
                "expectedMonthlyPay", -1);
        as(Tokens.officerKaili()).header("Accept-Language", "zh-CN").body(file).post("/api/v1/workers").then().statusCode(400)
                .body("title", equalTo("请求中有字段不符合要求")).body("errors[0].field", equalTo("expectedMonthlyPay"))
                .body("errors[0].message", matchesPattern(CHINESE));
        as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().statusCode(400)
                .body("title", equalTo("Request has invalid fields")).body("errors[0].field", equalTo("expectedMonthlyPay"))
                .body("errors[0].message", startsWith("must be"));
    }

    @Test
    void aDomainRuleIsExplainedInChineseWithItsFigures() {
        Map<String, Object> underpaid = Map.of("title", "养老护理员", "occupationCode", Platform.ELDERLY_CARE, "jobType", "CARING_JOB",
                "workRegion", Platform.HANGZHOU_XIHU, "payMin", 3000, "payMax", 4000, "headcount", 1, "draft", true);
        as(Tokens.employer()).header("Accept-Language", "zh-CN").body(underpaid).post("/api/v1/jobs").then().statusCode(400)
                .body("title", equalTo("岗位不符合该类型的规定")).body("errors[0].field", equalTo("payMin"))
                .body("errors[0].message", matchesPattern(CHINESE + "4500\\.00.*")).body("detail", matchesPattern(CHINESE));
        as(Tokens.employer()).body(underpaid).post("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].message", startsWith("caring-job-pay-floor: a caring job in 330000 pays at least 4500.00"));
    }

    @Test
    void refusalsOfTheRulesOfStateComeInChineseToo() {
        // a second application to the same posting
        Map<String, Object> posting = new java.util.HashMap<>(Map.of("title", "语言测试 " + UUID.randomUUID(), "occupationCode",
                Platform.ELDERLY_CARE, "jobType", "REGULAR", "workRegion", Platform.HANGZHOU_XIHU, "payMin", 5000, "payMax", 6000,
                "headcount", 1, "notADuplicate", true));
        String postingId = as(Tokens.employer()).body(posting).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        as(Tokens.worker()).body(Map.of()).post("/api/v1/jobs/" + postingId + "/applications").then().statusCode(201);
        as(Tokens.worker()).header("Accept-Language", "zh-CN").body(Map.of()).post("/api/v1/jobs/" + postingId + "/applications")
                .then().statusCode(409).body("title", equalTo("已应聘过该岗位")).body("detail", matchesPattern(CHINESE));
        // a stale version
        as(Tokens.employer()).header("Accept-Language", "zh-CN").header("If-Match", "\"99\"").body(Map.of("headcount", 2))
                .patch("/api/v1/jobs/" + postingId).then().statusCode(412).body("title", equalTo("记录已被修改"))
                .body("detail", matchesPattern(CHINESE + "99.*"));
        as(Tokens.employer()).post("/api/v1/jobs/" + postingId + "/close").then().statusCode(200);
        // a closed posting is not applied to
        as(Tokens.otherWorker()).header("Accept-Language", "zh-CN").body(Map.of()).post("/api/v1/jobs/" + postingId + "/applications")
                .then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400)).body("title", matchesPattern(CHINESE))
                .body("detail", matchesPattern(CHINESE));
    }

    @Test
    void theGatewaysOwnRefusalsFollowTheLanguageToo() {
        given().baseUri(Platform.GATEWAY).header("Accept-Language", "zh-CN").get("/api/v1/workers/" + UUID.randomUUID())
                .then().statusCode(401).contentType("application/problem+json").body("title", equalTo("未登录或登录已失效"));
        as(Tokens.officerKaili()).header("Accept-Language", "zh-CN").get("/api/v1/no-such-api").then().statusCode(404)
                .body("title", equalTo("未找到"));
        given().baseUri(Platform.GATEWAY).get("/api/v1/workers/" + UUID.randomUUID()).then().statusCode(401)
                .body("title", equalTo("Unauthorized"));
    }
}
