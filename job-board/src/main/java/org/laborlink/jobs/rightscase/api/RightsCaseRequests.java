package org.laborlink.jobs.rightscase.api;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.laborlink.events.rights.RightsCaseChanged.CaseType;
import org.laborlink.jobs.rightscase.domain.RightsCase.Action;

/** What rights-case requests carry. Money in yuan. */
public final class RightsCaseRequests {

    private RightsCaseRequests() {
    }

    /** A complaint about one employment record; {@code amountClaimed} for money owed (wage arrears, overtime). */
    public record FileCase(@NotNull java.util.UUID employmentId, @NotNull CaseType caseType,
            @NotBlank @Size(max = 4000) String description,
            @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amountClaimed) {
    }

    /** A step an officer of the work region takes: a note; a resolution's outcome and what was recovered. */
    public record TakeStep(@NotNull Action action, @Size(max = 4000) String note, @Size(max = 4000) String outcome,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amountRecovered) {
    }

    /**
     * A province's deadlines (ISO-8601 durations, like P3D and P30D; from 1 second to 366 days) and, optionally, its
     * churn threshold (a field left out keeps the province's value, or the platform's: 30 %, 30 days, 5 hires, 180).
     */
    public record SetRightsPolicy(@NotBlank @Size(max = 40) String acknowledgeWithin,
            @NotBlank @Size(max = 40) String resolveWithin,
            @Min(1) @Max(100) Integer churnSharePercent, @Min(1) @Max(366) Integer churnWithinDays,
            @Min(1) @Max(100_000) Integer churnMinimumHires, @Min(1) @Max(1096) Integer churnLookBackDays) {

        public Duration acknowledge() {
            return duration("acknowledgeWithin", acknowledgeWithin);
        }

        public Duration resolve() {
            return duration("resolveWithin", resolveWithin);
        }

        private static Duration duration(String field, String text) {
            Duration d;
            try {
                d = Duration.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw org.laborlink.platform.problem.ProblemException.invalidField(field,
                        "must be an ISO-8601 duration, like P3D or PT12H");
            }
            if (d.compareTo(Duration.ofSeconds(1)) < 0 || d.compareTo(Duration.ofDays(366)) > 0) {
                throw org.laborlink.platform.problem.ProblemException.invalidField(field,
                        "must be from 1 second to 366 days");
            }
            return d;
        }
    }

    /** A layoff the employer must make: when, how many, why. */
    public record PlanLayoff(@NotNull java.time.LocalDate plannedOn, @NotNull @jakarta.validation.constraints.Min(1)
            @jakarta.validation.constraints.Max(100_000) Integer headcount, @NotBlank @Size(max = 2000) String reason) {
    }

    /** An officer clears a flag (CHURN, LAYOFF) once its threshold no longer holds, saying why. */
    public record ClearWarning(@NotNull org.laborlink.events.rights.EmployerFlagChanged.Reason reason,
            @NotBlank @Size(max = 2000) String clearReason) {
    }
}
