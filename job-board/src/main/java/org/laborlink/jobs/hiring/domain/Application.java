package org.laborlink.jobs.hiring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.applications.ApplicationChanged.Status;
import org.laborlink.events.applications.ApplicationChanged;
import org.laborlink.jobs.posting.domain.Posting;
import org.laborlink.platform.problem.ProblemException;

/**
 * A worker's application to a posting: applied, then offered or rejected by the employer; an offer is accepted
 * (the hire) or the application withdrawn by the worker. Money in yuan per month.
 */
@Entity
@Table(name = "application")
public class Application {

    @Id
    public UUID id;
    public long version;
    public UUID postingId;
    public UUID workerId;
    public String employerId;
    public String householdRegion;
    public UUID fairId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String note;
    public LocalDate offeredStart;
    public BigDecimal offeredPay;
    public Instant appliedAt;
    public Instant updatedAt;

    public ApplicationChanged offer(Posting posting, LocalDate start, BigDecimal pay, Instant now) {
        move(Set.of(Status.APPLIED), Status.OFFERED, now);
        offeredStart = start;
        offeredPay = pay;
        return changed(posting);
    }

    public ApplicationChanged reject(Posting posting, Instant now) {
        move(Set.of(Status.APPLIED, Status.OFFERED), Status.REJECTED, now);
        return changed(posting);
    }

    public ApplicationChanged accept(Posting posting, Instant now) {
        move(Set.of(Status.OFFERED), Status.HIRED, now);
        return changed(posting);
    }

    public ApplicationChanged withdraw(Posting posting, Instant now) {
        move(Set.of(Status.APPLIED, Status.OFFERED), Status.WITHDRAWN, now);
        return changed(posting);
    }

    /** The event of the application as it now stands, with the facts of its posting that matching learns from. */
    public ApplicationChanged changed(Posting posting) {
        return new ApplicationChanged(id.toString(), version, postingId.toString(), workerId.toString(), employerId, status,
                fairId == null ? null : fairId.toString(), updatedAt, householdRegion, posting.occupationCode,
                posting.workRegion);
    }

    private void move(Set<Status> from, Status to, Instant now) {
        if (!from.contains(status)) {
            throw ProblemException.conflict("application-" + status.name().toLowerCase(),
                    "application " + id + " is " + status + "; it cannot become " + to);
        }
        status = to;
        version++;
        updatedAt = now;
    }
}
