package org.laborlink.training.facts.events;

import org.laborlink.training.facts.domain.Trainee;
import org.laborlink.training.facts.domain.PostingSkills;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.laborlink.events.consumer.ConsumedEvents;
import org.laborlink.events.jobs.PostingFacts;
import org.laborlink.events.workers.LabourFileFacts;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Learns workers (home region, poverty status, skills) from {@code workers.v1} and what postings require from
 * {@code jobs.v1}. A fact only moves forward in version; the consumed-event row commits with it. Poison records go to
 * the topic's dead-letter queue.
 */
@ApplicationScoped
public class TraineeRecorder {

    static final String WORKERS = "training-service.trainees";
    static final String JOBS = "training-service.posting-skills";

    private static final String TRAINEE = """
            insert into trainee (worker_id, version, household_region, poverty_status, skills, home_lat, home_lon, updated_at)
            values (:id, :version, :region, :status, cast(:skills as jsonb), :lat, :lon, :now)
            on conflict (worker_id) do update
               set version = excluded.version, household_region = excluded.household_region,
                   poverty_status = excluded.poverty_status, skills = excluded.skills, home_lat = excluded.home_lat,
                   home_lon = excluded.home_lon, updated_at = excluded.updated_at
             where trainee.version < excluded.version""";

    private static final String POSTING = """
            insert into posting_skills (posting_id, version, occupation_code, required, updated_at)
            values (:id, :version, :occupation, cast(:required as jsonb), :now)
            on conflict (posting_id) do update
               set version = excluded.version, occupation_code = excluded.occupation_code,
                   required = excluded.required, updated_at = excluded.updated_at
             where posting_skills.version < excluded.version""";

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
                .setParameter("skills", object(new Trainee.Skills(file.skills(), file.desiredOccupations())))
                .setParameter("lat", file.home() == null ? null : file.home().lat())
                .setParameter("lon", file.home() == null ? null : file.home().lon())
                .setParameter("now", Instant.now()).executeUpdate().replaceWithVoid());
    }

    @Incoming("jobs")
    public Uni<Void> onPosting(ConsumerRecord<String, String> record) {
        return consumed.once(JOBS, record, PostingFacts.class, (session, posting) -> session.createNativeQuery(POSTING)
                .setParameter("id", UUID.fromString(posting.postingId())).setParameter("version", posting.version())
                .setParameter("occupation", posting.occupationCode())
                .setParameter("required", object(new PostingSkills.Required(posting.requiredSkills())))
                .setParameter("now", Instant.now()).executeUpdate().replaceWithVoid());
    }

    private JsonObject object(Object value) {
        try {
            return new JsonObject(json.writeValueAsString(value));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
