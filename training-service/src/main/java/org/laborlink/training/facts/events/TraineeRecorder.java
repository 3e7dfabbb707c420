package org.laborlink.training.facts.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.laborlink.events.consumer.ConsumedEvents;
import org.laborlink.events.workers.LabourFileFacts;
import org.laborlink.training.facts.domain.Trainee;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Learns workers (home region, poverty status, skills, wishes) from {@code workers.v1}, for enrolment rules,
 * training targets and skill gaps. A fact only moves forward in version; the consumed-event row commits with it. Poison records go to
 * the topic's dead-letter queue.
 */
@ApplicationScoped
public class TraineeRecorder {

    static final String WORKERS = "training-service.trainees";

    private static final String TRAINEE = """
            insert into trainee (worker_id, version, household_region, poverty_status, skills, home_lat, home_lon, updated_at)
            values (:id, :version, :region, :status, cast(:skills as jsonb), :lat, :lon, :now)
            on conflict (worker_id) do update
               set version = excluded.version, household_region = excluded.household_region,
                   poverty_status = excluded.poverty_status, skills = excluded.skills, home_lat = excluded.home_lat,
                   home_lon = excluded.home_lon, updated_at = excluded.updated_at
             where trainee.version < excluded.version""";

    private final ConsumedEvents consumed;
    private final ObjectMapper json;

    public TraineeRecorder(ConsumedEvents consumed, ObjectMapper json) {
        this.consumed = consumed;
        this.json = json;
    }

    @Incoming("workers")
    public Uni<Void> onWorker(ConsumerRecord<String, String> record) {
        return consumed.once(WORKERS, record, LabourFileFacts.class, (session, file) -> session.createNativeQuery(TRAINEE)
                .setParameter("id", UUID.fromString(file.workerId())).setParameter("version", file.version())
                .setParameter("region", file.householdRegion()).setParameter("status", file.povertyStatus().name())
                .setParameter("skills", JsonbValue.of(json, new Trainee.Skills(file.skills(), file.desiredOccupations())))
                .setParameter("lat", file.home() == null ? null : file.home().lat())
                .setParameter("lon", file.home() == null ? null : file.home().lon())
                .setParameter("now", Instant.now()).executeUpdate().replaceWithVoid());
    }
}
