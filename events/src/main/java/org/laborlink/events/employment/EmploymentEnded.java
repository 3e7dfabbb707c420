package org.laborlink.events.employment;

import java.time.Instant;
import java.time.LocalDate;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.Nullable;

/**
 * An employment record ended on its last day of work, for the reason given (resigned, contract ended, dismissed...).
 * Added compatibly (null from older producers, and posting and occupation null for a hire arranged off the platform):
 * the posting, its occupation, the work and household regions and the start date, so that a consumer can tell how
 * long the worker stayed, and where, without the hire's event at hand.
 */
public record EmploymentEnded(
        String employmentId,
        long version,
        String workerId,
        String employerId,
        LocalDate endDate,
        String reason,
        Instant endedAt,
        @Nullable String postingId,
        @Nullable String occupationCode,
        @Nullable String workRegion,
        @Nullable String householdRegion,
        @Nullable LocalDate startDate) implements DomainEvent {

    @Override
    public String aggregateId() {
        return employmentId;
    }
}
