package org.laborlink.events.workers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;

/** What every labour-file event tells consumers about the file as it now stands: the facts matching and eligibility use. */
public interface LabourFileFacts extends DomainEvent {

    String workerId();

    String householdRegion();

    String currentRegion();

    GeoPoint home();

    PovertyStatus povertyStatus();

    List<WorkerSkill> skills();

    List<String> desiredOccupations();

    BigDecimal expectedMonthlyPay();

    boolean acceptsLowerPay();

    LocalDate availableFrom();

    List<String> willingToMigrateTo();

    List<JobType> acceptedJobTypes();

    @Override
    default String aggregateId() {
        return workerId();
    }
}
