package org.laborlink.training.facts.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.laborlink.events.consumer.ConsumedEvents;
import org.laborlink.events.jobs.PostingFacts;
import org.laborlink.training.facts.domain.PostingSkills;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Learns what postings require (occupation, skills and levels) from {@code jobs.v1}, for the skill gaps of course
 * suggestions. A fact only moves forward in version; the consumed-event row commits with it. Poison records go to the
 * topic's dead-letter queue.
 */
@ApplicationScoped
public class PostingSkillsRecorder {

    static final String JOBS = "training-service.posting-skills";

    private static final String POSTING = """
            insert into posting_skills (posting_id, version, occupation_code, required, updated_at)
            values (:id, :version, :occupation, cast(:required as jsonb), :now)
            on conflict (posting_id) do update
               set version = excluded.version, occupation_code = excluded.occupation_code,
                   required = excluded.required, updated_at = excluded.updated_at
             where posting_skills.version < excluded.version""";

    private final ConsumedEvents consumed;
    private final ObjectMapper json;

    public PostingSkillsRecorder(ConsumedEvents consumed, ObjectMapper json) {
        this.consumed = consumed;
        this.json = json;
    }

    @Incoming("jobs")
    public Uni<Void> onPosting(ConsumerRecord<String, String> record) {
        return consumed.once(JOBS, record, PostingFacts.class, (session, posting) -> session.createNativeQuery(POSTING)
                .setParameter("id", UUID.fromString(posting.postingId())).setParameter("version", posting.version())
                .setParameter("occupation", posting.occupationCode())
                .setParameter("required", JsonbValue.of(json, new PostingSkills.Required(posting.requiredSkills())))
                .setParameter("now", Instant.now()).executeUpdate().replaceWithVoid());
    }
}
