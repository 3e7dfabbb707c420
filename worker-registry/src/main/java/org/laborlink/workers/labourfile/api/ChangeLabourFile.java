package org.laborlink.workers.labourfile.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.laborlink.events.JobType;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.platform.reference.Coordinates;
import org.laborlink.platform.reference.OccupationClassification;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.workers.labourfile.api.RegisterLabourFile.Skill;
import org.laborlink.events.EducationLevel;

/**
 * A change to a labour file (PATCH): only the fields present change. Officers of the region may change all of
 * them; the worker only their own contact, whereabouts and wishes ({@link #WORKER_FIELDS}). The ID number and the
 * household region are not changed this way. Money in yuan.
 */
public record ChangeLabourFile(
        @Size(min = 1, max = 100) String name,
        @Pattern(regexp = RegisterLabourFile.PHONE, message = "must be an 11-digit mainland mobile number") String phone,
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
        @Size(max = 34) List<@NotNull @Pattern(regexp = RegisterLabourFile.PROVINCE, message = "must be a province code ending in 0000") String> willingToMigrateTo,
        List<@NotNull JobType> acceptedJobTypes,
        Boolean willingToTrain,
        @Size(max = 10) List<@NotNull @Pattern(regexp = OccupationClassification.CODE_PATTERN, message = OccupationClassification.CODE_MESSAGE) String> trainingWishes,
        @Size(max = 200) String desiredOccupationText) {

    /** What a worker may change in their own file; poverty status, skills and name are the labour office's. */
    public static final List<String> WORKER_FIELDS = List.of("phone", "currentRegion", "home", "desiredOccupations",
            "expectedMonthlyPay", "acceptsLowerPay", "availableFrom", "willingToMigrateTo", "acceptedJobTypes", "willingToTrain",
            "trainingWishes", "desiredOccupationText");

    /** What a registration says about the fields a change may touch: how an import row updates an existing file. */
    public static ChangeLabourFile from(RegisterLabourFile r) {
        return new ChangeLabourFile(r.name(), r.phone(), r.currentRegion(), r.home(), r.povertyStatus(),
                r.povertyStatusYear(), r.householdId(), r.disability(), r.educationLevel(), r.skills(),
                r.desiredOccupations(), r.expectedMonthlyPay(), r.acceptsLowerPay(), r.availableFrom(),
                r.willingToMigrateTo(), r.acceptedJobTypes(), r.willingToTrain(), r.trainingWishes(), null);
    }
}
