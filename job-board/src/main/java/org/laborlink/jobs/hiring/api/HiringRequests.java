package org.laborlink.jobs.hiring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.laborlink.events.JobType;
import org.laborlink.platform.reference.RegionCode;

/** What the steps from application to employment carry. Money in yuan per month. */
public final class HiringRequests {

    private HiringRequests() {
    }

    /** A worker's application, made at a job fair if {@code fairId} is given. */
    public record Apply(UUID fairId, @Size(max = 1000) String note) {
    }

    /** The employer's offer: start date (today unless given) and monthly pay (the posting's lower bound unless given). */
    public record Offer(LocalDate startDate, @Positive @Digits(integer = 7, fraction = 2) BigDecimal monthlyPay) {
    }

    /**
     * A hire an officer records, arranged off the platform: {@code id} may be chosen (so a subsidy claim can name the
     * hire before it is recorded); the post's type (REGULAR unless given) and its accident insurance cover in yuan;
     * for an employment that has already ended, its last day and why ({@code endDate}, {@code endReason}), recorded
     * with the hire in one step (so it is never taken for one still running, as by the 3- and 6-month milestones).
     */
    public record RecordHire(
            UUID id,
            @NotNull UUID workerId,
            @NotBlank @Size(max = 64) String employerId,
            @NotNull @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String workRegion,
            @NotNull LocalDate startDate,
            @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal monthlyPay,
            JobType jobType,
            @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal accidentInsuranceCover,
            LocalDate endDate,
            @Size(max = 200) String endReason) {
    }

    /** The end of an employment: last day and why (resigned, contract ended, went home for the Spring Festival...). */
    public record End(@NotNull LocalDate endDate, @NotBlank @Size(max = 200) String reason) {
    }
}
