package org.laborlink.events.employment;

import java.time.Instant;
import java.time.LocalDate;

import org.laborlink.events.DomainEvent;

/** An employment record ended on its last day of work, for the reason given (resigned, contract ended, dismissed...). */
public record EmploymentEnded(
        String employmentId,
        long version,
        String workerId,
        String employerId,
        LocalDate endDate,
        String reason,
        Instant endedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return employmentId;
    }
}
