package org.laborlink.matching.workers;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.workers.LabourFileFacts;
import org.laborlink.matching.index.SearchIndexes;
import org.laborlink.matching.index.SearchWriter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Keeps the workers index in step with {@code workers.v1}; poison records go to {@code workers.v1.dlq}. */
@ApplicationScoped
public class LabourFileEvents {

    private final SearchWriter writer;
    private final ObjectMapper json;

    public LabourFileEvents(SearchWriter writer, ObjectMapper json) {
        this.writer = writer;
        this.json = json;
    }

    @Incoming("workers")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        DomainEvent event = EventEnvelope.fromKafka(record).dataAsEvent(json);
        if (event instanceof LabourFileFacts file) {
            WorkerDocument document = WorkerDocument.of(file);
            writer.upsert(SearchIndexes.WORKERS, document.workerId(), document.version(), document);
        }
    }
}
