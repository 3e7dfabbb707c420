package org.laborlink.workers.employment.events;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.consumer.ConsumedEvents;
import org.laborlink.events.employment.EmploymentEnded;
import org.laborlink.events.employment.WorkerHired;
import org.laborlink.events.workers.EmploymentStatus;
import org.laborlink.workers.employment.EmploymentStatusUpdates;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Follows {@code employment.v1}: a hire makes the file employed (locally or as a migrant) with its employer and
 * start date; the end of that employment makes it unemployed again. The consumed-event log commits with the change,
 * so a redelivered event changes nothing; an older hire or the end of an older employment leaves a newer one alone
 * (employment events are keyed by employment, so two employments of one worker may arrive out of order). A failure
 * is retried a few times (a lock timeout, a dropped connection) before the record goes to the dead-letter topic.
 */
@ApplicationScoped
public class EmploymentStatusRecorder {

    private static final Logger LOG = Logger.getLogger(EmploymentStatusRecorder.class);
    static final String CONSUMER = "worker-registry.employment";
    static final String SOURCE = "job-board";

    private final EmploymentStatusUpdates employment;
    private final ConsumedEvents consumed;
    private final ObjectMapper json;

    public EmploymentStatusRecorder(EmploymentStatusUpdates employment, ConsumedEvents consumed, ObjectMapper json) {
        this.employment = employment;
        this.consumed = consumed;
        this.json = json;
    }

    @Incoming("employment")
    public Uni<Void> on(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = EventEnvelope.fromKafka(record);
        DomainEvent event = envelope.dataAsEvent(json);
        if (!(event instanceof WorkerHired) && !(event instanceof EmploymentEnded)) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> consumed.firstDelivery(session, CONSUMER, envelope.id()))
                .chain(first -> first ? apply(event) : Uni.createFrom().voidItem()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(5);
    }

    private Uni<Void> apply(DomainEvent event) {
        String workerId = event instanceof WorkerHired h ? h.workerId() : ((EmploymentEnded) event).workerId();
        return employment.lock(UUID.fromString(workerId)).chain(file -> {
            if (file == null) {
                LOG.infof("employment event for worker %s who has no labour file here; nothing to change", workerId);
                return Uni.createFrom().voidItem();
            }
            if (event instanceof WorkerHired hired) {
                boolean olderThanCurrent = file.employmentId != null && !file.employmentId.equals(hired.employmentId())
                        && file.employedSince != null && hired.startDate().isBefore(file.employedSince);
                if (olderThanCurrent) {
                    return Uni.createFrom().voidItem();
                }
                return employment.apply(file, hired.migrant() ? EmploymentStatus.EMPLOYED_MIGRANT : EmploymentStatus.EMPLOYED_LOCAL,
                        hired.employerId(), hired.startDate(), hired.employmentId(), SOURCE).replaceWithVoid();
            }
            EmploymentEnded ended = (EmploymentEnded) event;
            if (!ended.employmentId().equals(file.employmentId)) {
                return Uni.createFrom().voidItem();
            }
            return employment.apply(file, EmploymentStatus.UNEMPLOYED, null, ended.endDate(), null, SOURCE).replaceWithVoid();
        });
    }
}
