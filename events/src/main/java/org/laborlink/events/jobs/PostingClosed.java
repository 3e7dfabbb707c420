package org.laborlink.events.jobs;

import java.time.Instant;

import org.laborlink.events.DomainEvent;

/** A posting stopped taking applications: closed by its employer or an officer, filled, or expired. */
public record PostingClosed(String postingId, long version, Outcome outcome, Instant closedAt) implements DomainEvent {

    /** Why the posting is no longer open. */
    public enum Outcome {
        CLOSED, FILLED, EXPIRED
    }

    @Override
    public String aggregateId() {
        return postingId;
    }
}
