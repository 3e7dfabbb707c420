package org.laborlink.workers.verification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.laborlink.events.workers.VerificationOutcome;
import org.laborlink.workers.verification.domain.VerificationVisit;

/** A verification visit as the API shows it. */
public record VisitView(UUID id, UUID workerId, LocalDate visitedOn, VerificationOutcome outcome, String corrections,
        String notes, String officer, Instant recordedAt) {

    static VisitView of(VerificationVisit v) {
        return new VisitView(v.id, v.fileId, v.visitedOn, v.outcome, v.corrections, v.notes, v.officer, v.recordedAt);
    }
}
