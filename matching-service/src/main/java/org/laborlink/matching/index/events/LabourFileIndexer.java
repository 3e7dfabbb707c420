package org.laborlink.matching.index.events;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.workers.LabourFileFacts;
import org.laborlink.matching.index.domain.WorkerDocument;
import org.laborlink.matching.index.store.SearchIndexes;
import org.laborlink.matching.index.store.DocumentWrites;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps the workers index in step with {@code workers.v1}; poison records go to {@code workers.v1.dlq}. A labour
 * file that moved forward has its kept recommendations forgotten.
 */
@ApplicationScoped
public class LabourFileIndexer implements IndexedTopic {

    private final DocumentWrites writes;
    private final ObjectMapper json;
    private final String topic;
    private final Event<LabourFileWritten> indexed;

    public LabourFileIndexer(DocumentWrites writes, ObjectMapper json,
            @ConfigProperty(name = "mp.messaging.incoming.workers.topic") String topic, Event<LabourFileWritten> indexed) {
        this.writes = writes;
        this.json = json;
        this.topic = topic;
        this.indexed = indexed;
    }

    @Incoming("workers")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        document(record, Instant.now()).filter(document -> writes.write(alias(), document.id(), document.version(), document.source()))
                .ifPresent(document -> indexed.fire(new LabourFileWritten(document.id(), document.version())));
    }

    @Override
    public String alias() {
        return SearchIndexes.WORKERS;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public Optional<IndexedDocument> document(ConsumerRecord<String, String> record, Instant indexedAt) {
        if (EventEnvelope.fromKafka(record).dataAsEvent(json) instanceof LabourFileFacts file) {
            WorkerDocument document = WorkerDocument.of(file);
            return Optional.of(new IndexedDocument(document.workerId(), document.version(), document));
        }
        return Optional.empty();
    }
}
