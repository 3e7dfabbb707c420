package org.laborlink.events.workers;

import java.time.Instant;
import java.time.LocalDate;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.Nullable;

/** A labour file's employment status changed: by an officer, or by a hire or the end of an employment. */
public record EmploymentStatusChanged(
        String workerId,
        long version,
        String householdRegion,
        EmploymentStatus status,
        @Nullable String employerId,
        @Nullable LocalDate since,
        Instant changedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return workerId;
    }
}
