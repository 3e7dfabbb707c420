package org.laborlink.events.accounts;

import java.time.Instant;

import org.laborlink.events.DomainEvent;

/**
 * The platform linked a Keycloak account to an object it acts for (an employer, a labour file, a training provider,
 * a region's office) or created a partner province's client: the audit trail of who may act for what, and who decided.
 */
public record AccountLinked(
        String accountId,
        long version,
        String userId,
        AccountKind actsFor,
        String objectId,
        String role,
        String linkedBy,
        Instant linkedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return objectId;
    }
}
