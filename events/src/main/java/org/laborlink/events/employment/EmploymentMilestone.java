package org.laborlink.events.employment;

import java.time.Instant;
import java.time.LocalDate;

import org.laborlink.events.DomainEvent;

/**
 * An employment record reached a stable-employment milestone: the worker stayed {@code months} (3 or 6) months with
 * the employer, on {@code reachedOn}. Stable-employment subsidies and the labour offices' figures start here.
 */
public record EmploymentMilestone(
        String employmentId,
        long version,
        String workerId,
        String employerId,
        int months,
        LocalDate reachedOn,
        Instant recordedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return employmentId;
    }
}
