package org.laborlink.events.jobs;

import java.time.Instant;

import org.laborlink.events.DomainEvent;

/**
 * An open posting is held while its employer is suspended by its labour office: it leaves the index and takes no
 * applications. If the employer is reinstated, the posting is announced again with {@link PostingPublished}.
 */
public record PostingSuspended(String postingId, long version, String employerId, Instant suspendedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return postingId;
    }
}
