package org.laborlink.events.workers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.Nullable;

/**
 * A labour office registered a worker's labour file. Carries what other services need to match and to decide
 * eligibility; never the ID or phone number. Money is in yuan.
 */
public record LabourFileRegistered(
        String workerId,
        long version,
        String householdRegion,
        @Nullable String currentRegion,
        @Nullable GeoPoint home,
        PovertyStatus povertyStatus,
        List<WorkerSkill> skills,
        List<String> desiredOccupations,
        @Nullable BigDecimal expectedMonthlyPay,
        boolean acceptsLowerPay,
        @Nullable LocalDate availableFrom,
        List<String> willingToMigrateTo,
        List<JobType> acceptedJobTypes,
        Instant registeredAt) implements LabourFileFacts {
}
