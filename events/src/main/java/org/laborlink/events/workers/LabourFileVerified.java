package org.laborlink.events.workers;

import java.time.Instant;
import java.time.LocalDate;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.Nullable;

/** A county team visited the worker and recorded the outcome (confirmed, corrected, not found, moved away). */
public record LabourFileVerified(
        String workerId,
        long version,
        String householdRegion,
        LocalDate visitedOn,
        VerificationOutcome outcome,
        @Nullable String corrections,
        Instant recordedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return workerId;
    }
}
