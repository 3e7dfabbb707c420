package org.laborlink.matching.placements.events;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.applications.ApplicationChanged;
import org.laborlink.matching.index.events.IndexedTopic;
import org.laborlink.matching.index.store.DocumentWrites;
import org.laborlink.matching.index.store.SearchIndexes;
import org.laborlink.matching.placements.domain.PlacementDocument;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps the placements index in step with {@code applications.v1}: each application as its latest outcome, at the
 * application's version; poison records go to {@code applications.v1.dlq}. Rebuilt from the topic like the jobs and
 * workers indexes.
 */
@ApplicationScoped
public class PlacementIndexer implements IndexedTopic {

    private final DocumentWrites writes;
    private final ObjectMapper json;
    private final String topic;

    public PlacementIndexer(DocumentWrites writes, ObjectMapper json,
            @ConfigProperty(name = "mp.messaging.incoming.applications.topic") String topic) {
        this.writes = writes;
        this.json = json;
        this.topic = topic;
    }

    @Incoming("applications")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        document(record, Instant.now()).ifPresent(d -> writes.write(alias(), d.id(), d.version(), d.source()));
    }

    @Override
    public String alias() {
        return SearchIndexes.PLACEMENTS;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public Optional<IndexedDocument> document(ConsumerRecord<String, String> record, Instant indexedAt) {
        if (EventEnvelope.fromKafka(record).dataAsEvent(json) instanceof ApplicationChanged application) {
            return PlacementDocument.of(application)
                    .map(d -> new IndexedDocument(application.applicationId(), application.version(), d));
        }
        return Optional.empty();
    }
}
