package org.laborlink.events.accounts;

import java.time.Instant;

import org.laborlink.events.DomainEvent;

/** The platform unlinked an account from the object it acted for (removed by an admin, replaced, or left by its owner). */
public record AccountUnlinked(
        String accountId,
        long version,
        String userId,
        AccountKind actsFor,
        String objectId,
        String unlinkedBy,
        Instant unlinkedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return objectId;
    }
}
