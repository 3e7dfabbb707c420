package org.laborlink.events.consumer;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

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

    public ConsumedEvents(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * Runs an event's effect once: in one transaction with the claim of the event, skipped when the event was
     * processed already; transient failures are retried with backoff before the record is given up (dead-lettered).
     */
    public Uni<Void> once(String consumer, UUID eventId, Function<Mutiny.Session, Uni<Void>> effect) {
        return sessions.withTransaction(session -> firstDelivery(session, consumer, eventId)
                .chain(first -> first ? effect.apply(session) : Uni.createFrom().voidItem()))
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
