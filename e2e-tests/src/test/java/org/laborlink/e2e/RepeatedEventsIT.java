package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.JobType;
import org.laborlink.events.Topics;
import org.laborlink.events.workers.LabourFileRegistered;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.platform.testing.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Kafka delivers at least once: a repeated event and an older version arriving late change nothing in the index,
 * and the consumers keep going (the next labour file registered through the API is still indexed). The stale event
 * is known to be handled when a file published behind it on its partition is indexed.
 */
class RepeatedEventsIT {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aRepeatedOrStaleEventChangesNothingAndDoesNotStallTheIndex() throws Exception {
        String workerId = UUID.randomUUID().toString();
        EventEnvelope newer = EventEnvelope.wrap(file(workerId, 2, PovertyStatus.LIFTED_OUT), "e2e", JSON);
        EventEnvelope older = EventEnvelope.wrap(file(workerId, 1, PovertyStatus.REGISTERED_POOR), "e2e", JSON);
        Platform.publish(Topics.WORKERS, newer, newer, older);
        String behind = Platform.keyOnSamePartition(Topics.WORKERS, workerId);
        Platform.publish(Topics.WORKERS, EventEnvelope.wrap(file(behind, 1, PovertyStatus.REGISTERED_POOR), "e2e", JSON));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get(Platform.OPENSEARCH + "/workers/_doc/" + behind).then().statusCode(200));
        // everything before it on the partition was handled: the stale version 1 did not win
        given().get(Platform.OPENSEARCH + "/workers/_doc/" + workerId).then().statusCode(200)
                .body("_version", equalTo(2)).body("_source.povertyStatus", equalTo("LIFTED_OUT"));

        String next = as(Tokens.officerKaili()).body(Platform.labourFile("后来者 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(Tokens.officerKaili()).get("/api/v1/workers/" + next + "/recommendations").then().statusCode(200));
    }

    private static LabourFileRegistered file(String workerId, long version, PovertyStatus status) {
        return new LabourFileRegistered(workerId, version, Platform.KAILI, null, null, status, List.of(), List.of(), null,
                false, null, List.of(), List.of(JobType.REGULAR), Instant.now());
    }
}
