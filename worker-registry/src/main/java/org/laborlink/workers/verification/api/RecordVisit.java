package org.laborlink.workers.verification.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.laborlink.events.workers.VerificationOutcome;

/** What the officer records after visiting a worker; a "corrected" outcome says what was corrected. */
public record RecordVisit(
        @NotNull @PastOrPresent LocalDate visitedOn,
        @NotNull VerificationOutcome outcome,
        @Size(max = 2000) String corrections,
        @Size(max = 2000) String notes) {
}
