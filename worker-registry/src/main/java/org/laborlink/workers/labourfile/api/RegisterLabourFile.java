package org.laborlink.workers.labourfile.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laborlink.events.EducationLevel;
import org.laborlink.events.JobType;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.platform.reference.Coordinates;
import org.laborlink.platform.reference.OccupationClassification;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.workers.identity.domain.ResidentIdNumber;

/**
 * What an officer fills in to set up a labour file. Birth date and sex, if given, must agree with the ID. The id may
 * be chosen by the client (an offline device, an account already linked to it); the platform picks one otherwise.
 * Money in yuan.
 */
public record RegisterLabourFile(
        UUID id,
        @NotBlank @Size(max = 100) String name,
        @NotBlank String idNumber,
        @Pattern(regexp = PHONE, message = "must be an 11-digit mainland mobile number") String phone,
        LocalDate birthDate,
        ResidentIdNumber.Sex sex,
        @NotNull @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String householdRegion,
        @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String currentRegion,
        @Valid Coordinates home,
        PovertyStatus povertyStatus,
        @Min(1980) @Max(2100) Integer povertyStatusYear,
        @Size(max = 32) String householdId,
        Boolean disability,
        EducationLevel educationLevel,
        @Size(max = 50) List<@Valid @NotNull Skill> skills,
        @Size(max = 10) List<@NotNull @Pattern(regexp = OccupationClassification.CODE_PATTERN, message = OccupationClassification.CODE_MESSAGE) String> desiredOccupations,
        @PositiveOrZero @Digits(integer = 7, fraction = 2) BigDecimal expectedMonthlyPay,
        Boolean acceptsLowerPay,
        LocalDate availableFrom,
        @Size(max = 34) List<@NotNull @Pattern(regexp = PROVINCE, message = "must be a province code ending in 0000") String> willingToMigrateTo,
        List<@NotNull JobType> acceptedJobTypes,
        Boolean willingToTrain,
        @Size(max = 10) List<@NotNull @Pattern(regexp = OccupationClassification.CODE_PATTERN, message = OccupationClassification.CODE_MESSAGE) String> trainingWishes) {

    static final String PROVINCE = "[1-9][0-9]0000";
    public static final String PHONE = "1[3-9][0-9]{9}";

    /** A skill the worker has: a CSCO occupation or skill code, the level reached, the certificate if certified. */
    @Schema(name = "WorkerSkillInput")
    public record Skill(
            @NotNull @Pattern(regexp = OccupationClassification.CODE_PATTERN, message = OccupationClassification.CODE_MESSAGE) String code,
            @NotNull SkillLevel level,
            @Size(max = 64) String certificateNumber) {
    }
}
