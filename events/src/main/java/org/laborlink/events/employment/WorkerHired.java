package org.laborlink.events.employment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.JobType;
import org.laborlink.events.Nullable;

/**
 * A worker was hired: an employment record begins (on the platform through a posting, or recorded by an officer for
 * a hire arranged off-platform, then without posting). {@code migrant} says whether the work is outside the worker's
 * home province. Money in yuan per month. Added compatibly (null from older producers): the worker's household
 * region, and the post's type and accident insurance cover (in yuan), which subsidies are decided from.
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
        Instant hiredAt,
        @Nullable String householdRegion,
        @Nullable JobType jobType,
        @Nullable BigDecimal accidentInsuranceCover) implements DomainEvent {

    @Override
    public String aggregateId() {
        return employmentId;
    }
}
