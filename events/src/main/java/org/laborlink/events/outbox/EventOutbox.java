package org.laborlink.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.EventEnvelope;

import com.fasterxml.jackson.databind.ObjectMapper;

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
            insert into event_outbox (event_id, topic, aggregate_id, event_type, source, occurred_at, payload)
            values (:eventId, :topic, :aggregateId, :type, :source, :occurredAt, cast(cast(:payload as text) as jsonb))""";

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
                .executeUpdate()
                .replaceWith(envelope);
    }
}
