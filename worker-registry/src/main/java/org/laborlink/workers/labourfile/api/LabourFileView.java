package org.laborlink.workers.labourfile.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.laborlink.platform.occupations.OccupationNormaliser.Suggestion;
import java.util.UUID;

import org.laborlink.events.EducationLevel;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.workers.EmploymentStatus;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.workers.identity.domain.ResidentIdNumber;

/**
 * A labour file as the API shows it. ID and phone numbers are masked ({@code 5226*************X},
 * {@code 138****5678}) unless the caller is an officer or admin of the file's region; then the birth date is shown
 * only to them and to the worker (others read {@code birthYear}), so nothing in the answer rebuilds what was masked.
 * Money in yuan.
 */
public record LabourFileView(
        UUID id,
        long version,
        String name,
        String idNumber,
        String phone,
        LocalDate birthDate,
        Integer birthYear,
        ResidentIdNumber.Sex sex,
        String householdRegion,
        String currentRegion,
        GeoPoint home,
        PovertyStatus povertyStatus,
        Integer povertyStatusYear,
        String householdId,
        boolean disability,
        EducationLevel educationLevel,
        List<WorkerSkill> skills,
        List<String> desiredOccupations,
        String desiredOccupationText,
        List<Suggestion> desiredOccupationSuggestions,
        BigDecimal expectedMonthlyPay,
        boolean acceptsLowerPay,
        LocalDate availableFrom,
        List<String> willingToMigrateTo,
        List<JobType> acceptedJobTypes,
        boolean willingToTrain,
        List<String> trainingWishes,
        EmploymentStatus employmentStatus,
        String currentEmployer,
        LocalDate employedSince,
        LocalDate lastVerifiedOn,
        String lastVerifiedBy,
        Instant registeredAt,
        Instant updatedAt) {
}
