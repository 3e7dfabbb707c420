package org.laborlink.events;

/**
 * A fact one service publishes for the others. Every event names the aggregate it is about and the version the
 * aggregate reached with it, so consumers can ignore a stale or repeated event.
 */
public interface DomainEvent {

    /** The id of the labour file, posting, claim... this event is about; also the Kafka record key. */
    String aggregateId();

    /** The aggregate's version after this change; starts at 1 and only grows. */
    long version();

    /** The CloudEvents type and the topic, looked up in the catalogue. */
    default EventCatalog kind() {
        return EventCatalog.of(getClass());
    }
}
