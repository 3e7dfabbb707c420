package org.laborlink.workers.labourfile.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.laborlink.events.JobType;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.workers.PovertyStatus;

/** What an officer fills in to set up a labour file. Money in yuan. */
public record RegisterLabourFile(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Pattern(regexp = REGION, message = REGION_MESSAGE) String householdRegion,
        @Pattern(regexp = REGION, message = REGION_MESSAGE) String currentRegion,
        @Valid Coordinates home,
        PovertyStatus povertyStatus,
        @Size(max = 50) List<@Valid @NotNull Skill> skills,
        @Size(max = 10) List<@NotNull @Pattern(regexp = OCCUPATION, message = OCCUPATION_MESSAGE) String> desiredOccupations,
        @PositiveOrZero @Digits(integer = 7, fraction = 2) BigDecimal expectedMonthlyPay,
        Boolean acceptsLowerPay,
        LocalDate availableFrom,
        @Size(max = 34) List<@NotNull @Pattern(regexp = PROVINCE, message = "must be a province code ending in 0000") String> willingToMigrateTo,
        List<@NotNull JobType> acceptedJobTypes) {

    static final String REGION = "[1-9][0-9]{5}";
    static final String REGION_MESSAGE = "must be a 6-digit administrative division code";
    static final String PROVINCE = "[1-9][0-9]0000";
    static final String OCCUPATION = "[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}";
    static final String OCCUPATION_MESSAGE = "must be a CSCO 2022 occupation code like 4-10-01-05";

    /** A point on the map in WGS 84 degrees. */
    public record Coordinates(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {
    }

    /** A skill the worker has: a CSCO occupation or skill code and the level reached. */
    public record Skill(
            @NotNull @Pattern(regexp = OCCUPATION, message = OCCUPATION_MESSAGE) String code,
            @NotNull SkillLevel level) {
    }
}
