package org.laborlink.subsidies.facts.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.consumer.ConsumedEvents;
import org.laborlink.events.workers.LabourFileFacts;
import org.laborlink.subsidies.facts.ClaimsAwaitingFacts;

import io.smallrye.mutiny.Uni;

/**
 * Learns each worker's poverty status and household region from {@code workers.v1}, the facts subsidy eligibility
 * is decided from. The consumed-event row and the fact commit together, so a redelivered event changes nothing; a
 * fact only moves forward in version; claims waiting for it are decided in the same transaction. Poison records go to
 * {@code workers.v1.dlq}.
 */
@ApplicationScoped
public class WorkerFactRecorder {

    static final String CONSUMER = "subsidy-service.worker-facts";

    private static final String UPSERT = """
            insert into worker_fact (worker_id, version, household_region, poverty_status, updated_at)
            values (:workerId, :version, :region, :status, :now)
            on conflict (worker_id) do update
               set version = excluded.version, household_region = excluded.household_region,
                   poverty_status = excluded.poverty_status, updated_at = excluded.updated_at
             where worker_fact.version < excluded.version""";

    private final ConsumedEvents consumed;
    private final ClaimsAwaitingFacts claims;

    public WorkerFactRecorder(ConsumedEvents consumed, ClaimsAwaitingFacts claims) {
        this.consumed = consumed;
        this.claims = claims;
    }

    @Incoming("workers")
    public Uni<Void> on(ConsumerRecord<String, String> record) {
        return consumed.once(CONSUMER, record, LabourFileFacts.class, this::record);
    }

    private Uni<Void> record(Mutiny.Session session, LabourFileFacts file) {
        return claims.lockSubjects(session, file.workerId()).chain(() -> session.createNativeQuery(UPSERT)
                .setParameter("workerId", UUID.fromString(file.workerId()))
                .setParameter("version", file.version())
                .setParameter("region", file.householdRegion())
                .setParameter("status", file.povertyStatus().name())
                .setParameter("now", Instant.now())
                .executeUpdate()
                .chain(() -> claims.factArrived(session, "worker_id", UUID.fromString(file.workerId()))));
    }
}
