package org.laborlink.events.employment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.Nullable;

/**
 * A worker was hired: an employment record begins (on the platform through a posting, or recorded by an officer for
 * a hire arranged off-platform, then without posting). {@code migrant} says whether the work is outside the worker's
 * home province. Money in yuan per month.
 */
public record WorkerHired(
        String employmentId,
        long version,
        String workerId,
        String employerId,
        @Nullable String postingId,
        String workRegion,
        LocalDate startDate,
        BigDecimal monthlyPay,
        boolean migrant,
        Instant hiredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return employmentId;
    }
}
