package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.laborlink.e2e.Platform.as;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.Topics;
import org.laborlink.events.employment.EmploymentEnded;
import org.laborlink.events.employment.WorkerHired;
import org.laborlink.platform.testing.Tokens;
import org.laborlink.platform.time.PlatformCalendar;

/**
 * A hire on employment.v1 makes the labour file employed, once however often it is delivered; the end of that
 * employment makes it unemployed again; officers record work found off the platform.
 */
class EmploymentStatusIT {

    static final String EMPLOYER = "00000000-0000-4000-8000-00000000e001";

    @Test
    void aRedeliveredHireChangesTheFileOnceAndItsEndMakesTheWorkerUnemployedAgain() throws Exception {
        LocalDate today = PlatformCalendar.today(); // China's day: ahead of UTC's from 16:00 to 24:00 UTC
        String workerId = as(Tokens.officerKaili()).body(Platform.labourFile("赵兰 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        String employmentId = UUID.randomUUID().toString();
        EventEnvelope hired = envelope(new WorkerHired(employmentId, 1, workerId, EMPLOYER, null, Platform.HANGZHOU_XIHU,
                today, new BigDecimal("5200"), true, Instant.now(), null, null, null));
        EventEnvelope otherEnded = envelope(new EmploymentEnded(Platform.keyOnSamePartition(Topics.EMPLOYMENT, employmentId),
                2, workerId, EMPLOYER, today, "an older job", Instant.now(), null, null, null, null, null));
        // a hire of another worker behind them on their partition: once it shows, the repeat and the other end were handled
        String behindWorker = as(Tokens.officerKaili()).body(Platform.labourFile("钱梅 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        EventEnvelope behind = envelope(new WorkerHired(Platform.keyOnSamePartition(Topics.EMPLOYMENT, employmentId), 1,
                behindWorker, EMPLOYER, null, Platform.HANGZHOU_XIHU, today, new BigDecimal("5000"), true, Instant.now(),
                null, null, null));
        send(hired, hired, otherEnded, behind);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                as(Tokens.officerKaili()).get("/api/v1/workers/" + behindWorker).then().statusCode(200)
                        .body("employmentStatus", equalTo("EMPLOYED_MIGRANT")));

        as(Tokens.officerKaili()).get("/api/v1/workers/" + workerId).then().statusCode(200)
                .body("employmentStatus", equalTo("EMPLOYED_MIGRANT")).body("currentEmployer", equalTo(EMPLOYER))
                .body("version", equalTo(2)).body("employedSince", equalTo(today.toString()));
        as(Tokens.officerKaili()).get("/api/v1/workers/" + workerId + "/history").then()
                .body("size()", equalTo(1)).body("[0].changedBy", equalTo("job-board"));

        send(envelope(new EmploymentEnded(employmentId, 2, workerId, EMPLOYER, today, "contract ended",
                Instant.now(), null, null, null, null, null)));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                as(Tokens.officerKaili()).get("/api/v1/workers/" + workerId).then()
                        .body("employmentStatus", equalTo("UNEMPLOYED")).body("currentEmployer", nullValue())
                        .body("version", equalTo(3)));

        as(Tokens.worker()).body(Map.of("status", "SELF_EMPLOYED")).post("/api/v1/workers/" + workerId + "/employment-status")
                .then().statusCode(403);
        as(Tokens.officerXichang()).body(Map.of("status", "SELF_EMPLOYED"))
                .post("/api/v1/workers/" + workerId + "/employment-status").then().statusCode(404);
        as(Tokens.officerKaili()).body(Map.of("status", "SELF_EMPLOYED", "since", today.toString()))
                .post("/api/v1/workers/" + workerId + "/employment-status").then().statusCode(200)
                .body("employmentStatus", equalTo("SELF_EMPLOYED")).header("ETag", "\"4\"");
    }

    private static EventEnvelope envelope(DomainEvent event) {
        return EventEnvelope.wrap(event, "job-board", RepeatedEventsIT.JSON);
    }

    private static void send(EventEnvelope... events) throws Exception {
        Platform.publish(Topics.EMPLOYMENT, events);
    }
}
