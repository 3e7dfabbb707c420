package org.laborlink.matching.placements.events;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.employment.EmploymentEnded;
import org.laborlink.matching.index.events.IndexedTopic;
import org.laborlink.matching.index.store.DocumentWrites;
import org.laborlink.matching.index.store.SearchIndexes;
import org.laborlink.matching.placements.domain.PlacementDocument;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps the placement-endings index in step with {@code employment.v1}: each hire through a posting that ended early,
 * at the employment record's version; the other employment events are not for it. Poison records go to
 * {@code employment.v1.dlq}.
 */
@ApplicationScoped
public class PlacementEndingIndexer implements IndexedTopic {

    private final DocumentWrites writes;
    private final ObjectMapper json;
    private final String topic;

    public PlacementEndingIndexer(DocumentWrites writes, ObjectMapper json,
            @ConfigProperty(name = "mp.messaging.incoming.employment.topic") String topic) {
        this.writes = writes;
        this.json = json;
        this.topic = topic;
    }

    @Incoming("employment")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        document(record, Instant.now()).ifPresent(d -> writes.write(alias(), d.id(), d.version(), d.source()));
    }

    @Override
    public String alias() {
        return SearchIndexes.PLACEMENT_ENDINGS;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public Optional<IndexedDocument> document(ConsumerRecord<String, String> record, Instant indexedAt) {
        if (EventEnvelope.fromKafka(record).dataAsEvent(json) instanceof EmploymentEnded ended) {
            return PlacementDocument.endedEarly(ended)
                    .map(d -> new IndexedDocument(ended.employmentId(), ended.version(), d));
        }
        return Optional.empty();
    }
}
