package org.laborlink.events.consumer;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.EventEnvelope;
import org.laborlink.platform.problem.Outages;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;

/**
 * The consumer side's log of processed events ({@code consumed_event}). Written in the same transaction as the
 * event's effect; a redelivered event finds its row and has no second effect.
 */
@ApplicationScoped
@IfBuildProperty(name = "laborlink.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class ConsumedEvents {

    private static final String INSERT = """
            insert into consumed_event (consumer, event_id) values (:consumer, :eventId) on conflict do nothing""";

    private final Mutiny.SessionFactory sessions;
    private final ObjectMapper json;

    public ConsumedEvents(Mutiny.SessionFactory sessions, ObjectMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    /**
     * Reads a record's event and, when it is one of {@code type}, runs the effect once (as
     * {@link #once(String, UUID, Function)}); any other event of the topic is not this consumer's business. A record
     * that is no LaborLink event fails (and goes to the dead-letter topic with the reason).
     */
    public <T> Uni<Void> once(String consumer, ConsumerRecord<String, String> record, Class<T> type,
            BiFunction<Mutiny.Session, T, Uni<Void>> effect) {
        EventEnvelope envelope = EventEnvelope.fromKafka(record);
        DomainEvent event = envelope.dataAsEvent(json);
        if (!type.isInstance(event)) {
            return Uni.createFrom().voidItem();
        }
        return once(consumer, envelope.id(), session -> effect.apply(session, type.cast(event)));
    }

    /**
     * Runs an event's effect once: in one transaction with the claim of the event, skipped when the event was
     * processed already. While the database cannot be reached the event waits (retried every few seconds until it can:
     * the partition holds its order, and no fact is dead-lettered for an outage); other failures are retried with
     * backoff before the record is given up (dead-lettered).
     */
    public Uni<Void> once(String consumer, UUID eventId, Function<Mutiny.Session, Uni<Void>> effect) {
        return sessions.withTransaction(session -> firstDelivery(session, consumer, eventId)
                .chain(first -> first ? effect.apply(session) : Uni.createFrom().voidItem()))
                .onFailure(Outages::isOutage).retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(10))
                .indefinitely()
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(5);
    }

    /**
     * Claims the event for this consumer inside the session's transaction.
     *
     * @return true the first time, false when the event was already processed (skip its effect)
     */
    public Uni<Boolean> firstDelivery(Mutiny.Session session, String consumer, UUID eventId) {
        return session.createNativeQuery(INSERT)
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate()
                .map(rows -> rows == 1);
    }
}
