package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

/**
 * While PostgreSQL is down, writes and reads that need it answer 503 problem+json with Retry-After (the client may
 * try again, nothing was written), not 500; once it is back, the same write is accepted. Tagged "outage": it
 * runs with the broker outage after every other end-to-end test (it stops a server every other test needs).
 */
@Tag("outage")
class DatabaseOutageIT {

    @Test
    void whileTheDatabaseIsDownRequestsAre503WithRetryAfterAndAfterwardsTheyAreServed() {
        String worker = World.get().labourFile;
        Map<String, Object> posting = Platform.caringJob("停库 " + UUID.randomUUID());
        Platform.deploy("down", "postgres");
        try {
            as(Tokens.employer()).body(posting).post("/api/v1/jobs").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue())
                    .body("type", equalTo("https://laborlink.dev/problems/unavailable"));
            as(Tokens.officerKaili()).get("/api/v1/workers/" + worker).then().statusCode(503)
                    .header("Retry-After", notNullValue());
            as(Tokens.officerKaili()).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("programme", "STUDENT_LIVING", "workerId", worker, "year", 2030,
                            "evidence", List.of(Map.of("kind", "enrolment-certificate", "reference", "停库"))))
                    .post("/api/v1/claims").then().statusCode(503).contentType("application/problem+json");
        } finally {
            Platform.deploy("up", "postgres");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                as(Tokens.employer()).body(posting).post("/api/v1/jobs").statusCode() == 201);
        as(Tokens.officerKaili()).get("/api/v1/workers/" + worker).then().statusCode(200);
    }
}
