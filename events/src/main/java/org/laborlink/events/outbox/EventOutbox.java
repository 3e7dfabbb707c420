package org.laborlink.events.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.EventEnvelope;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;

/**
 * Records an event in the service's {@code event_outbox} table through the caller's session, so the event commits
 * or rolls back with the change it describes. {@link OutboxRelay} publishes it afterwards. Never publish from a request.
 */
@ApplicationScoped
@IfBuildProperty(name = "laborlink.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class EventOutbox {

    private static final String INSERT = """
            insert into event_outbox (event_id, topic, aggregate_id, event_type, source, occurred_at, payload, trace_parent)
            values (:eventId, :topic, :aggregateId, :type, :source, :occurredAt, cast(cast(:payload as text) as jsonb),
                    :traceParent)""";
    private static final String INSERT_JDBC = """
            insert into event_outbox (event_id, topic, aggregate_id, event_type, source, occurred_at, payload, trace_parent)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""";

    private final ObjectMapper json;
    private final String source;

    public EventOutbox(ObjectMapper json, @ConfigProperty(name = "quarkus.application.name") String source) {
        this.json = json;
        this.source = source;
    }

    /** Adds the event to the outbox inside the session's current transaction. */
    public Uni<EventEnvelope> append(Mutiny.Session session, DomainEvent event) {
        EventEnvelope envelope = EventEnvelope.wrap(event, source, json);
        return session.createNativeQuery(INSERT)
                .setParameter("eventId", envelope.id())
                .setParameter("topic", event.kind().topic())
                .setParameter("aggregateId", envelope.subject())
                .setParameter("type", envelope.type())
                .setParameter("source", envelope.source())
                .setParameter("occurredAt", envelope.time())
                .setParameter("payload", envelope.data())
                .setParameter("traceParent", currentTraceParent())
                .executeUpdate()
                .replaceWith(envelope);
    }

    /** Adds events, in order, inside the session's current transaction. */
    public Uni<Void> appendAll(Mutiny.Session session, List<? extends DomainEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DomainEvent event : events) {
            chain = chain.chain(() -> append(session, event).replaceWithVoid());
        }
        return chain;
    }

    /**
     * Adds many events in one JDBC batch inside the connection's current transaction: for bulk work (imports) that
     * runs on a worker thread rather than through a reactive session.
     */
    public void appendAll(Connection connection, List<? extends DomainEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        String traceParent = currentTraceParent();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_JDBC)) {
            for (DomainEvent event : events) {
                EventEnvelope envelope = EventEnvelope.wrap(event, source, json);
                insert.setObject(1, envelope.id());
                insert.setString(2, event.kind().topic());
                insert.setString(3, envelope.subject());
                insert.setString(4, envelope.type());
                insert.setString(5, envelope.source());
                insert.setObject(6, envelope.time().atOffset(ZoneOffset.UTC));
                insert.setString(7, envelope.data());
                insert.setString(8, traceParent);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The W3C traceparent of the trace this event is written in (the request's), or null outside any trace. */
    static String currentTraceParent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
