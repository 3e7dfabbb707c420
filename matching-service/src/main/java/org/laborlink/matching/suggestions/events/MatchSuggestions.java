package org.laborlink.matching.suggestions.events;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.Topics;
import org.laborlink.events.matches.MatchSuggested;
import org.laborlink.events.outbox.EventProducers;
import org.laborlink.matching.candidates.domain.Candidate;
import org.laborlink.matching.candidates.store.CandidateFinder;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.events.PostingWritten;
import org.laborlink.matching.index.store.Coordination;
import org.laborlink.matching.recommendation.domain.Recommendation;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * When a posting is published, its best few candidates (the same ranking an officer sees at
 * {@code GET /jobs/{id}/candidates}) are suggested on {@code matches.v1}, one {@code laborlink.match.suggested.v1}
 * per worker, for whoever notifies workers. Once per posting version, whichever instance consumed its event and
 * however often the event was delivered: the instance that first claims it ({@link Coordination#firstToClaim})
 * suggests it. Best effort: a suggestion that cannot be sent is logged and the posting is indexed all the same.
 */
@ApplicationScoped
public class MatchSuggestions {

    private static final Logger LOG = Logger.getLogger(MatchSuggestions.class);
    static final String SOURCE = "matching-service";
    /** A posting published longer ago than this is not suggested (caught up after an outage, it may be closed). */
    static final Duration FRESH = Duration.ofMinutes(10);

    static final String CLAIM = "suggested";

    private final CandidateFinder candidates;
    private final Coordination coordination;
    private final ObjectMapper json;
    private final int perPosting;
    private final KafkaProducer<String, String> producer;

    public MatchSuggestions(CandidateFinder candidates, Coordination coordination, ObjectMapper json,
            @Identifier("default-kafka-broker") Map<String, Object> broker,
            @ConfigProperty(name = "laborlink.matches.per-posting", defaultValue = "5") int perPosting) {
        this.candidates = candidates;
        this.coordination = coordination;
        this.json = json;
        this.perPosting = perPosting;
        this.producer = EventProducers.create(broker, "matching-service-suggestions", Map.of());
    }

    /** Suggests a newly published posting to its best candidates (not one published long ago: a backlog). */
    void indexed(@Observes @Priority(2) PostingWritten indexed) {
        if (indexed.published()) {
            suggest(indexed.posting());
        }
    }

    public void suggest(JobDocument posting) {
        if (posting.publishedAt() != null && posting.publishedAt().isBefore(Instant.now().minus(FRESH))) {
            return;
        }
        try {
            if (!coordination.firstToClaim(CLAIM, posting.postingId() + ":" + posting.version())) {
                return; // suggested already, by this instance or another
            }
            int rank = 0;
            for (Candidate c : candidates.find(posting, false, false, perPosting, null).items()) {
                MatchSuggested suggested = new MatchSuggested(posting.postingId(), posting.version(), c.workerId(), ++rank,
                        c.score(), c.reasons().stream().map(Recommendation.Reason::en).toList(), Instant.now());
                producer.send(EventEnvelope.wrap(suggested, SOURCE, json).toKafkaRecord(Topics.MATCHES), (metadata, e) -> {
                    if (e != null) {
                        LOG.warnf("suggestion of posting %s to worker %s not sent: %s", suggested.postingId(),
                                suggested.workerId(), e.toString());
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warnf("no suggestions for posting %s: %s", posting.postingId(), e.toString());
        }
    }

    /** A claim outlives its use by far after a day: a posting published longer ago than {@link #FRESH} is never suggested. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldClaims() {
        try {
            coordination.forgetClaims(CLAIM, Instant.now().minus(Duration.ofDays(1)));
        } catch (IOException | RuntimeException e) {
            LOG.debugf("old suggestion claims not deleted: %s", e.toString());
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
