package org.laborlink.workers.employment.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.laborlink.events.workers.EmploymentStatus;

/** An officer's record of where a worker now stands in work (for work found off the platform, or its end). */
public record ChangeEmploymentStatus(
        @NotNull EmploymentStatus status,
        @Size(max = 64) String employer,
        @PastOrPresent LocalDate since) {
}
