package org.laborlink.workers.labourfile.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.workers.labourfile.domain.LabourFile;

/** A labour file as the API shows it. Money in yuan. */
public record LabourFileView(
        UUID id,
        long version,
        String name,
        String householdRegion,
        String currentRegion,
        GeoPoint home,
        PovertyStatus povertyStatus,
        List<WorkerSkill> skills,
        List<String> desiredOccupations,
        BigDecimal expectedMonthlyPay,
        boolean acceptsLowerPay,
        LocalDate availableFrom,
        List<String> willingToMigrateTo,
        List<JobType> acceptedJobTypes,
        Instant registeredAt,
        Instant updatedAt) {

    static LabourFileView of(LabourFile f) {
        return new LabourFileView(f.id, f.version, f.name, f.householdRegion, f.currentRegion, f.home(), f.povertyStatus,
                f.skillsAndWishes.skills(), f.skillsAndWishes.desiredOccupations(), f.expectedMonthlyPay,
                f.acceptsLowerPay, f.availableFrom, f.skillsAndWishes.willingToMigrateTo(),
                f.skillsAndWishes.acceptedJobTypes(), f.registeredAt, f.updatedAt);
    }
}
