package org.laborlink.jobs.rightscase.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A layoff an employer must make, recorded by an officer of its region so the office can step in early. */
@Entity
@Table(name = "layoff")
public class Layoff {

    /**
     * Priority retention: the registered poor and the relocated first, then those lifted out of poverty or monitored
     * for falling back, then everyone else; within each, the longest employed first.
     */
    public static int priorityOf(String povertyStatus) {
        if (povertyStatus == null) {
            return 3;
        }
        return switch (povertyStatus) {
            case "REGISTERED_POOR", "RELOCATED_EX_SITU" -> 0;
            case "LIFTED_OUT", "AT_RISK" -> 1;
            default -> 2;
        };
    }

    /** The order affected workers are listed in: priority, then start date. */
    public static <T> Comparator<T> retentionOrder(java.util.function.Function<T, String> povertyStatus,
            java.util.function.Function<T, LocalDate> startDate) {
        return Comparator.<T>comparingInt(t -> priorityOf(povertyStatus.apply(t))).thenComparing(startDate);
    }

    @Id
    public UUID id;
    public String employerId;
    public String employerRegion;
    public LocalDate plannedOn;
    public int headcount;
    public String reason;
    public String recordedBy;
    public Instant recordedAt;
}
