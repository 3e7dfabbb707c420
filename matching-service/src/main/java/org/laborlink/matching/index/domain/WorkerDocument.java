package org.laborlink.matching.index.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.workers.LabourFileFacts;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.platform.reference.RegionCode;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A worker as the workers index keeps it: what matching needs from the labour file, no identity numbers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkerDocument(
        String workerId,
        long version,
        String householdRegion,
        String householdProvince,
        String currentRegion,
        GeoPoint home,
        PovertyStatus povertyStatus,
        List<WorkerSkill> skills,
        List<String> skillCodes,
        List<String> desiredOccupations,
        BigDecimal expectedMonthlyPay,
        boolean acceptsLowerPay,
        LocalDate availableFrom,
        List<String> willingToMigrateTo,
        List<JobType> acceptedJobTypes) {

    /** From a registration or an update: both carry the file's matching facts as they now stand. */
    public static WorkerDocument of(LabourFileFacts f) {
        return new WorkerDocument(f.workerId(), f.version(), f.householdRegion(),
                new RegionCode(f.householdRegion()).province(), f.currentRegion(), f.home(), f.povertyStatus(), f.skills(),
                f.skills().stream().map(WorkerSkill::code).distinct().toList(), f.desiredOccupations(),
                f.expectedMonthlyPay(), f.acceptsLowerPay(), f.availableFrom(), f.willingToMigrateTo(),
                f.acceptedJobTypes());
    }
}
