package org.laborlink.subsidies.facts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.consumer.ConsumedEvents;
import org.laborlink.events.training.EnrolmentChanged;
import org.laborlink.platform.time.PlatformCalendar;
import org.laborlink.subsidies.facts.ClaimsAwaitingFacts;

import io.smallrye.mutiny.Uni;

/**
 * Learns completed courses from {@code training.v1} (other enrolment changes are not a subsidy's business); claims
 * waiting for the completion are decided in the same transaction.
 */
@ApplicationScoped
public class TrainingFactRecorder {

    static final String CONSUMER = "subsidy-service.training-facts";

    private static final String COMPLETED = """
            insert into training_fact (enrolment_id, version, worker_id, course_id, occupation_code, assessed_level,
                                       completed_on, updated_at)
            values (:id, :version, :workerId, :courseId, :occupation, :level, :on, :now)
            on conflict (enrolment_id) do nothing""";

    private final ConsumedEvents consumed;
    private final ClaimsAwaitingFacts claims;

    public TrainingFactRecorder(ConsumedEvents consumed, ClaimsAwaitingFacts claims) {
        this.consumed = consumed;
        this.claims = claims;
    }

    @Incoming("training")
    public Uni<Void> on(ConsumerRecord<String, String> record) {
        return consumed.once(CONSUMER, record, EnrolmentChanged.class, this::record);
    }

    private Uni<Void> record(Mutiny.Session session, EnrolmentChanged e) {
        if (e.status() != EnrolmentChanged.Status.COMPLETED || e.assessedLevel() == null) {
            return Uni.createFrom().voidItem();
        }
        UUID id = UUID.fromString(e.enrolmentId());
        LocalDate on = PlatformCalendar.dayOf(e.changedAt());
        return claims.lockSubjects(session, e.enrolmentId(), e.workerId())
                .chain(() -> session.createNativeQuery(COMPLETED)
                        .setParameter("id", id).setParameter("version", e.version())
                        .setParameter("workerId", UUID.fromString(e.workerId()))
                        .setParameter("courseId", UUID.fromString(e.courseId()))
                        .setParameter("occupation", e.occupationCode()).setParameter("level", e.assessedLevel().name())
                        .setParameter("on", on).setParameter("now", Instant.now()).executeUpdate())
                .chain(() -> claims.factArrived(session, "enrolment_id", id));
    }
}
