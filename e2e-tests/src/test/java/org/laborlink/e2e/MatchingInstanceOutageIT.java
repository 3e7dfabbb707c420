package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

/**
 * One matching-service instance killed outright (kill -9) mid-use: the gateway sends it almost nothing more (SmallRye
 * Stork's least response time counts each failure as a minute-long answer), so workers keep getting their
 * recommendations from the other; the platform then starts it again. Tagged "outage": it stops a shared instance.
 */
@Tag("outage")
class MatchingInstanceOutageIT {

    /** deploy/local's second matching-service instance. */
    private static final String SECOND_INSTANCE_PORT = "18013";
    private static final int REQUESTS = 60;

    @Test
    void withOneInstanceKilledTheGatewaySendsRequestsToTheOther() {
        String worker = as(Tokens.officerKaili()).body(Platform.labourFile("欧阳娟 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        String officer = Tokens.officerKaili();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(officer)
                .get("/api/v1/workers/" + worker + "/recommendations").then().statusCode(200));

        ProcessHandle second = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("-Dquarkus.http.port=" + SECOND_INSTANCE_PORT + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no matching-service on " + SECOND_INSTANCE_PORT));
        second.destroyForcibly();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !second.isAlive());
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (int i = 0; i < REQUESTS; i++) {
                int status = as(officer).get("/api/v1/workers/" + worker + "/recommendations").statusCode();
                statuses.merge(status, 1, Integer::sum);
            }
            assertTrue(statuses.getOrDefault(200, 0) >= REQUESTS - 3,
                    "at most the first few requests reach the dead instance: " + statuses);
            assertTrue(List.of(200, 503).containsAll(statuses.keySet()), "a failure is a 503, nothing else: " + statuses);
        } finally {
            Platform.deploy("up", "services");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(officer)
                .get("/api/v1/workers/" + worker + "/recommendations").then().statusCode(200));
    }
}
