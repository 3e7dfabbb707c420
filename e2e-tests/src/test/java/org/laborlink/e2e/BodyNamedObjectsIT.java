package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.laborlink.e2e.World.Party;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Objects named inside a body are checked like path ids: a claim for another worker's hire or file, another
 * employer's hire, a file outside an officer's region, an enrolment or a hire of a worker outside the caller's
 * region, a fair posting of another employer. The caller who may not see the object gets 404 (or 403 for a role that
 * may never do it), nothing is stored, no fact of it is echoed, and the rightful claimant's slot stays free.
 */
class BodyNamedObjectsIT {

    @Test
    void aClaimNamingASubjectTheClaimantMayNotSeeIsNotFoundAndHoldsNoSlot() {
        World world = World.get();
        Map<String, Object> transport = Map.of("programme", "TRANSPORT", "employmentId", world.hire, "amount", 500,
                "evidence", List.of(Map.of("kind", "travel-ticket", "reference", "G1234")));
        // subsidy-service learns of the hire from employment.v1: until then a claim about it waits and shows nothing
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Response answer = World.asParty(Party.OFFICER_XICHANG).body(transport).post("/api/v1/claims");
            if (answer.statusCode() == 201) {
                hidesTheSubject(answer.jsonPath());
            }
            return answer.statusCode() == 404;
        });
        for (Party wrong : List.of(Party.WORKER, Party.OTHER_EMPLOYER, Party.OFFICER_XICHANG)) {
            World.asParty(wrong).body(transport).post("/api/v1/claims").then().statusCode(anyOf(equalTo(403), equalTo(404)))
                    .contentType("application/problem+json");
        }
        Map<String, Object> sme = Map.of("programme", "SME_HIRING", "employmentId", world.hire,
                "evidence", List.of(Map.of("kind", "labour-contract", "reference", "HT-1")));
        World.asParty(Party.OTHER_EMPLOYER).body(sme).post("/api/v1/claims").then().statusCode(404);

        // the rightful claimants are not crowded out: one live claim each
        World.asParty(Party.OFFICER_KAILI).body(transport).post("/api/v1/claims").then().statusCode(201);
        World.asParty(Party.EMPLOYER).body(sme).post("/api/v1/claims").then().statusCode(201);

        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        Map<String, Object> living = Map.of("programme", "STUDENT_LIVING", "workerId", world.labourFile, "year", year,
                "evidence", List.of(Map.of("kind", "enrolment-certificate", "reference", "XJ-1")));
        World.asParty(Party.OTHER_WORKER).body(living).post("/api/v1/claims").then().statusCode(404);
        World.asParty(Party.EMPLOYER).body(living).post("/api/v1/claims").then().statusCode(404);
        World.asParty(Party.OFFICER_XICHANG).body(living).post("/api/v1/claims").then().statusCode(404);
        World.asParty(Party.PARTNER_520000).body(living).post("/api/v1/claims").then().statusCode(403);
        World.asParty(Party.OFFICER_KAILI).body(living).post("/api/v1/claims").then().statusCode(201);
    }

    @Test
    void enrolmentsHiresAndFairPostingsNamingAnotherPartysObjectAreRefused() {
        World world = World.get();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        World.asParty(Party.OFFICER_XICHANG).body(Map.of("workerId", world.labourFile))
                .post("/api/v1/courses/" + world.course + "/enrolments").then().statusCode(anyOf(equalTo(403), equalTo(404)));
        World.asParty(Party.OTHER_PROVIDER).body(Map.of("workerId", world.labourFile))
                .post("/api/v1/courses/" + world.course + "/enrolments").then().statusCode(anyOf(equalTo(403), equalTo(404)));
        World.asParty(Party.OFFICER_XICHANG).body(Map.of("workerId", world.labourFile, "employerId", World.DEMO_EMPLOYER,
                "workRegion", "513401", "startDate", today.toString(), "monthlyPay", 3000)).post("/api/v1/employments")
                .then().statusCode(anyOf(equalTo(403), equalTo(404)));
        World.asParty(Party.OTHER_EMPLOYER).body(Map.of("postingId", world.posting))
                .post("/api/v1/job-fairs/" + world.byCollection.get("job-fairs").id() + "/postings").then()
                .statusCode(anyOf(equalTo(403), equalTo(404)));
        World.asParty(Party.EMPLOYER).body(Map.of()).post("/api/v1/jobs/" + world.posting + "/applications").then()
                .statusCode(403);
        // nothing was stored: the course's enrolments still hold only the fixture's one
        JsonPath enrolments = World.asParty(Party.PROVIDER).get("/api/v1/courses/" + world.course + "/enrolments").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, enrolments.getList("$").size(), enrolments.prettify());
    }

    private static void hidesTheSubject(JsonPath claim) {
        assertEquals("WAITING_FOR_FACTS", claim.getString("status"));
        assertNull(claim.get("region"));
        assertNull(claim.get("workerId"));
        assertNull(claim.get("employerId"));
        assertTrue(claim.getList("decision.rules").isEmpty());
    }
}
