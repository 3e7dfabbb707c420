package org.laborlink.jobs.posting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@Tag("service")
class PostingResourceTest {

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    static Map<String, Object> posting() {
        Map<String, Object> p = new HashMap<>();
        p.put("title", "家政服务员 " + UUID.randomUUID());
        p.put("occupationCode", "4-10-01-06");
        p.put("jobType", "REGULAR");
        p.put("workRegion", "330106");
        p.put("payMin", 5000);
        p.put("payMax", 6500 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
        p.put("headcount", 3);
        p.put("meals", true);
        p.put("requiredSkills", List.of(Map.of("code", "4-10-01-06", "level", "BASIC"),
                Map.of("code", "4-10-01-05", "level", "BASIC", "mustHave", false)));
        return p;
    }

    /**
     * This service's own database knows employer-demo's employer (the id `up` linked the account to) as verified;
     * employer-other's is unknown here, so its postings may only be drafts.
     */
    @BeforeEach
    void theDemoEmployerIsVerified() throws Throwable {
        String employerId = Tokens.claim(Tokens.employer(), "employer_id");
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().chain(s -> s
                .createNativeQuery("insert into employer (id, version, name, credit_code, region, sme, labour_input_base, "
                        + "poverty_alleviation_workshop, helping_company, registered_by, registered_at, verified_by, "
                        + "verified_at, updated_at, standing) values (cast(:id as uuid), 2, 'demo', '91522601DEM0E0001M', "
                        + "'522601', true, false, false, false, 'test', now(), 'test', now(), now(), 'VERIFIED') "
                        + "on conflict do nothing")
                .setParameter("id", employerId).executeUpdate())));
    }

    @Test
    void anEmployerPublishesAPostingThatIsOpenForThirtyDaysByDefault() {
        String id = as(Tokens.employer()).body(posting()).post("/api/v1/jobs").then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("status", equalTo("OPEN")).body("placesLeft", equalTo(3))
                .body("employerId", equalTo(Tokens.claim(Tokens.employer(), "employer_id")))
                .body("expiresOn", equalTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString()))
                .body("requiredSkills.mustHave", hasItems(true, false))
                .extract().path("id");
        as(Tokens.worker()).get("/api/v1/jobs/" + id).then().statusCode(200).body("meals", equalTo(true));
    }

    @Test
    void anEmployerTheLabourOfficeHasNotVerifiedKeepsItsPostingsAsDrafts() {
        as(Tokens.otherEmployer()).body(posting()).post("/api/v1/jobs").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/employer-not-verified"))
                .body("errors[0].field", equalTo("employerId")).body("detail", containsString("employer-verified"));
        Map<String, Object> draft = posting();
        draft.put("draft", true);
        String id = as(Tokens.otherEmployer()).body(draft).post("/api/v1/jobs").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        as(Tokens.otherEmployer()).post("/api/v1/jobs/" + id + "/publish").then().statusCode(409)
                .body("type", endsWith("/employer-not-verified"));
        as(Tokens.worker()).get("/api/v1/jobs/" + id).then().statusCode(404);
    }

    @Test
    void aPostingThatBreaksARuleIsRefusedWithTheField() {
        Map<String, Object> p = posting();
        p.put("occupationCode", "4-10-00-00");
        as(Tokens.employer()).body(p).post("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("occupationCode"));
        p = posting();
        p.put("expiresOn", "2020-01-01");
        as(Tokens.employer()).body(p).post("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("expiresOn"));
        p = posting();
        p.put("headcount", 0);
        p.put("jobType", "NIGHT_SHIFT");
        as(Tokens.employer()).body(p).post("/api/v1/jobs").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("jobType"));
    }

    @Test
    void closingEndsThePostingForGoodAndOnlyItsEmployerOrItsRegionsOfficerMayCloseIt() {
        String id = as(Tokens.employer()).body(posting()).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        as(Tokens.otherEmployer()).post("/api/v1/jobs/" + id + "/close").then().statusCode(403);
        as(Tokens.employer()).post("/api/v1/jobs/" + id + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("version", equalTo(2));
        as(Tokens.employer()).post("/api/v1/jobs/" + id + "/close").then().statusCode(409);
        as(Tokens.worker()).get("/api/v1/jobs/" + id).then().statusCode(404);
        as(Tokens.employer()).get("/api/v1/jobs/" + id).then().statusCode(200).body("status", equalTo("CLOSED"));
        as(Tokens.employer()).get("/api/v1/jobs/not-a-uuid").then().statusCode(404);
    }
}
