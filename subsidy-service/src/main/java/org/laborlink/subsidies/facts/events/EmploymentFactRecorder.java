package org.laborlink.subsidies.facts.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.consumer.ConsumedEvents;
import org.laborlink.events.employment.EmploymentEnded;
import org.laborlink.events.employment.WorkerHired;
import org.laborlink.subsidies.facts.ClaimsAwaitingFacts;

import io.smallrye.mutiny.Uni;

/**
 * Learns hires and their ends from {@code employment.v1}: who was hired by whom, where, from when, at what pay, into
 * what kind of post with what accident insurance. Claims waiting for the hire are decided in the same transaction.
 */
@ApplicationScoped
public class EmploymentFactRecorder {

    static final String CONSUMER = "subsidy-service.employment-facts";

    private static final String HIRED = """
            insert into employment_fact (employment_id, version, worker_id, employer_id, posting_id, household_region,
                                         work_region, start_date, monthly_pay, migrant, job_type,
                                         accident_insurance_cover, updated_at)
            values (:id, :version, :workerId, :employerId, :postingId, :household, :work, :start, :pay, :migrant,
                    :jobType, :cover, :now)
            on conflict (employment_id) do nothing""";

    private static final String ENDED = """
            update employment_fact set version = :version, end_date = :end, updated_at = :now
             where employment_id = :id and version < :version""";

    private final ConsumedEvents consumed;
    private final ClaimsAwaitingFacts claims;

    public EmploymentFactRecorder(ConsumedEvents consumed, ClaimsAwaitingFacts claims) {
        this.consumed = consumed;
        this.claims = claims;
    }

    @Incoming("employment")
    public Uni<Void> on(ConsumerRecord<String, String> record) {
        return consumed.once(CONSUMER, record, DomainEvent.class, (session, event) -> switch (event) {
            case WorkerHired hired -> hired(session, hired);
            case EmploymentEnded ended -> session.createNativeQuery(ENDED)
                    .setParameter("id", UUID.fromString(ended.employmentId())).setParameter("version", ended.version())
                    .setParameter("end", ended.endDate()).setParameter("now", Instant.now())
                    .executeUpdate().replaceWithVoid();
            default -> Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> hired(Mutiny.Session session, WorkerHired hired) {
        UUID id = UUID.fromString(hired.employmentId());
        return claims.lockSubjects(session, hired.employmentId(), hired.workerId(), hired.employerId())
                .chain(() -> session.createNativeQuery(HIRED)
                .setParameter("id", id).setParameter("version", hired.version())
                .setParameter("workerId", UUID.fromString(hired.workerId())).setParameter("employerId", hired.employerId())
                .setParameter("postingId", hired.postingId() == null ? null : UUID.fromString(hired.postingId()))
                .setParameter("household", hired.householdRegion()).setParameter("work", hired.workRegion())
                .setParameter("start", hired.startDate()).setParameter("pay", hired.monthlyPay())
                .setParameter("migrant", hired.migrant())
                .setParameter("jobType", hired.jobType() == null ? null : hired.jobType().name())
                .setParameter("cover", hired.accidentInsuranceCover()).setParameter("now", Instant.now())
                .executeUpdate()
                .chain(() -> claims.factArrived(session, "employment_id", id)));
    }
}
