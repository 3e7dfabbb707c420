package org.laborlink.training.enrolment.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.laborlink.events.SkillLevel;

/** What the steps of an enrolment carry. */
public final class EnrolmentRequests {

    private EnrolmentRequests() {
    }

    /** An enrolment: the worker's own by default; officers name the worker. */
    public record Enrol(UUID workerId) {
    }

    /** A session attended. */
    public record Attendance(@NotNull @Min(1) @Max(500) Integer session, @NotNull LocalDate attendedOn) {
    }

    /** The end of the course for a worker: COMPLETED with the assessed level (a certificate for CERTIFIED), or FAILED. */
    public record Completion(@NotNull Outcome outcome, SkillLevel assessedLevel, @Size(max = 64) String certificateNumber,
            @Size(max = 500) String reason) {

        /** How it ended. */
        public enum Outcome {
            COMPLETED, FAILED
        }
    }

    /** A drop-out and why. */
    public record Drop(@NotBlank @Size(max = 500) String reason) {
    }
}
