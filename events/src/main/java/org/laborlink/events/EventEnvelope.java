package org.laborlink.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A CloudEvents 1.0 event in Kafka's binary content mode: the attributes travel as {@code ce_*} headers and the
 * record value is the event's data as JSON. SmallRye's Kafka connector reads the same headers on the consuming side.
 */
public record EventEnvelope(UUID id, String type, String source, String subject, Instant time, String data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    /** Wraps a domain event for publication by {@code source} (the publishing service's name). */
    public static EventEnvelope wrap(DomainEvent event, String source, ObjectMapper json) {
        try {
            return new EventEnvelope(UUID.randomUUID(), event.kind().type(), source, event.aggregateId(), Instant.now(),
                    json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }

    /** The Kafka record for this event: keyed by the aggregate id so an aggregate's events stay in order. */
    public ProducerRecord<String, String> toKafkaRecord(String topic) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, data);
        Headers headers = record.headers();
        header(headers, "ce_specversion", SPEC_VERSION);
        header(headers, "ce_id", id.toString());
        header(headers, "ce_type", type);
        header(headers, "ce_source", source);
        header(headers, "ce_subject", subject);
        header(headers, "ce_time", time.toString());
        header(headers, "content-type", CONTENT_TYPE);
        return record;
    }

    /** Reads an event from a consumed record; a record without the CloudEvents attributes is a poison message. */
    public static EventEnvelope fromKafka(ConsumerRecord<String, String> record) {
        try {
            return new EventEnvelope(UUID.fromString(required(record, "ce_id")), required(record, "ce_type"),
                    required(record, "ce_source"), required(record, "ce_subject"),
                    Instant.parse(required(record, "ce_time")), record.value());
        } catch (RuntimeException e) {
            throw new MalformedEventException("record " + record.topic() + "/" + record.partition() + "@" + record.offset()
                    + " is not a CloudEvent: " + e.getMessage(), e);
        }
    }

    /** The data as the record the catalogue names for this event's type. */
    public DomainEvent dataAsEvent(ObjectMapper json) {
        EventCatalog kind = EventCatalog.ofType(type)
                .orElseThrow(() -> new MalformedEventException("unknown event type " + type, null));
        try {
            return json.readValue(data, kind.dataClass());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MalformedEventException("data of event " + id + " (" + type + ") does not match its schema: "
                    + e.getMessage(), e);
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new IllegalArgumentException("header " + name + " missing");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
