package org.laborlink.jobs.hiring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.JobType;
import org.laborlink.events.employment.EmploymentEnded;
import org.laborlink.events.employment.EmploymentMilestone;
import org.laborlink.events.employment.WorkerHired;
import org.laborlink.platform.problem.ProblemException;

/**
 * An employment record: a worker in work with an employer from a start date, through a posting or arranged off the
 * platform; migrant when the work is outside the worker's home province; ended with a date and reason. Money in yuan
 * per month. {@code feedPosition} orders changes for the partner provinces' feed.
 */
@Entity
@Table(name = "employment")
public class Employment {

    @Id
    public UUID id;
    public long version;
    public UUID workerId;
    public String employerId;
    public UUID postingId;
    public UUID applicationId;
    public String householdRegion;
    public String workRegion;
    public LocalDate startDate;
    public BigDecimal monthlyPay;
    public boolean migrant;
    public LocalDate endDate;
    public String endReason;
    public String recordedBy;
    public Instant hiredAt;
    public Instant updatedAt;
    public long feedPosition;
    public LocalDate stayedThreeMonthsOn;
    public LocalDate stayedSixMonthsOn;
    @Enumerated(EnumType.STRING)
    public JobType jobType;
    public BigDecimal accidentInsuranceCover;
    /** The worker's poverty status when hired (for the transcript); null for records from before it was kept. */
    public String povertyStatus;

    /**
     * The milestones (3, then 6 months with the employer) this record has reached by {@code today} and not yet
     * recorded: an ended record counts up to its last day.
     */
    public List<EmploymentMilestone> reachMilestones(LocalDate today, Instant now) {
        LocalDate lastDay = endDate == null || endDate.isAfter(today) ? today : endDate;
        List<EmploymentMilestone> reached = new ArrayList<>();
        if (stayedThreeMonthsOn == null && !startDate.plusMonths(3).isAfter(lastDay)) {
            stayedThreeMonthsOn = startDate.plusMonths(3);
            reached.add(milestone(3, stayedThreeMonthsOn, now));
        }
        if (stayedSixMonthsOn == null && !startDate.plusMonths(6).isAfter(lastDay)) {
            stayedSixMonthsOn = startDate.plusMonths(6);
            reached.add(milestone(6, stayedSixMonthsOn, now));
        }
        return reached;
    }

    private EmploymentMilestone milestone(int months, LocalDate on, Instant now) {
        version++;
        updatedAt = now;
        return new EmploymentMilestone(id.toString(), version, workerId.toString(), employerId, months, on, now);
    }

    /**
     * A hire: {@code id} chosen by the caller or new; the worker's home and poverty status as job-board last learned
     * them; the post's type and accident insurance cover (of the posting,
     * or as the officer recorded them for a post arranged off the platform) travel with the hire for subsidies.
     */
    public static Employment hire(UUID id, UUID workerId, String householdRegion, String povertyStatus, String employerId,
            UUID postingId, UUID applicationId, String workRegion, LocalDate start, BigDecimal pay, JobType jobType,
            BigDecimal accidentInsuranceCover, String recordedBy, Instant now) {
        Employment e = new Employment();
        e.povertyStatus = povertyStatus;
        e.id = id == null ? UUID.randomUUID() : id;
        e.jobType = jobType;
        e.accidentInsuranceCover = accidentInsuranceCover == null ? null : accidentInsuranceCover.setScale(2);
        e.version = 1;
        e.workerId = workerId;
        e.householdRegion = householdRegion;
        e.employerId = employerId;
        e.postingId = postingId;
        e.applicationId = applicationId;
        e.workRegion = workRegion;
        e.startDate = start;
        e.monthlyPay = pay.setScale(2);
        e.migrant = !workRegion.substring(0, 2).equals(householdRegion.substring(0, 2));
        e.recordedBy = recordedBy;
        e.hiredAt = now;
        e.updatedAt = now;
        return e;
    }

    public WorkerHired hired() {
        return new WorkerHired(id.toString(), version, workerId.toString(), employerId,
                postingId == null ? null : postingId.toString(), workRegion, startDate, monthlyPay, migrant, hiredAt,
                householdRegion, jobType, accidentInsuranceCover);
    }

    /** Ends the record; {@code occupationCode}: its posting's, null for a hire arranged off the platform. */
    public EmploymentEnded end(LocalDate on, String reason, String occupationCode, Instant now) {
        if (endDate != null) {
            throw ProblemException.conflict("employment-ended", "employment " + id + " ended on " + endDate);
        }
        if (on.isBefore(startDate)) {
            throw ProblemException.invalidField("endDate", "must not be before the start date " + startDate);
        }
        endDate = on;
        endReason = reason;
        version++;
        updatedAt = now;
        return new EmploymentEnded(id.toString(), version, workerId.toString(), employerId, on, reason, now,
                postingId == null ? null : postingId.toString(), occupationCode, workRegion, householdRegion, startDate);
    }
}
