package org.laborlink.jobs.hiring.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.consumer.ConsumedEvents;
import org.laborlink.events.workers.LabourFileFacts;

import io.smallrye.mutiny.Uni;

/**
 * Learns where each worker's household is registered (and their poverty status) from {@code workers.v1}: applications and hires are tagged with
 * it (migrant or local; which partner province follows the employment). A redelivered event changes nothing; a home
 * only moves forward in version. Poison records go to {@code workers.v1.dlq}.
 */
@ApplicationScoped
public class WorkerHomeRecorder {

    static final String CONSUMER = "job-board.worker-homes";

    private static final String UPSERT = """
            insert into worker_home (worker_id, version, household_region, current_region, poverty_status, updated_at)
            values (:workerId, :version, :household, :current, :poverty, :now)
            on conflict (worker_id) do update
               set version = excluded.version, household_region = excluded.household_region,
                   current_region = excluded.current_region,
                   poverty_status = excluded.poverty_status, updated_at = excluded.updated_at
             where worker_home.version < excluded.version""";

    private final ConsumedEvents consumed;

    public WorkerHomeRecorder(ConsumedEvents consumed) {
        this.consumed = consumed;
    }

    @Incoming("workers")
    public Uni<Void> on(ConsumerRecord<String, String> record) {
        return consumed.once(CONSUMER, record, LabourFileFacts.class, this::record);
    }

    private Uni<Void> record(Mutiny.Session session, LabourFileFacts file) {
        return session.createNativeQuery(UPSERT)
                .setParameter("workerId", UUID.fromString(file.workerId()))
                .setParameter("version", file.version())
                .setParameter("household", file.householdRegion())
                .setParameter("current", file.currentRegion())
                .setParameter("poverty", file.povertyStatus() == null ? null : file.povertyStatus().name())
                .setParameter("now", Instant.now())
                .executeUpdate()
                .replaceWith(Uni.createFrom().voidItem());
    }
}
