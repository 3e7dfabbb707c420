package org.laborlink.jobs.rightscase;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.employers.EmployerChanged.Standing;
import org.laborlink.events.rights.RightsCaseChanged.CaseType;
import org.laborlink.jobs.posting.EmployerStandings;
import org.laborlink.jobs.posting.EarlyWarningFlags;
import org.laborlink.jobs.posting.PostingPublication;
import org.laborlink.jobs.rightscase.domain.EmployerWarning;
import org.laborlink.jobs.rightscase.domain.RightsCase;
import org.laborlink.jobs.rightscase.store.RightsCaseRepositories;

import org.laborlink.platform.store.TransactionLocks;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The early warning on employers. An open wage-arrears case flags its employer: its open postings are held (matching
 * drops them from the index, so they leave workers' recommendations) and a new posting waits as a draft until an
 * officer of its region publishes it. The flag clears when the employer's last open wage-arrears case closes; its held
 * postings open again unless its labour office has suspended it meanwhile. Runs in the caller's transaction.
 */
@ApplicationScoped
public class EarlyWarning implements EarlyWarningFlags {

    private final RightsCaseRepositories.Warnings warnings;
    private final RightsCaseRepositories.Cases cases;
    private final PostingPublication postings;
    private final EmployerStandings standings;
    private final Clock clock;

    public EarlyWarning(RightsCaseRepositories.Warnings warnings, RightsCaseRepositories.Cases cases,
            PostingPublication postings, EmployerStandings standings, Clock clock) {
        this.warnings = warnings;
        this.cases = cases;
        this.postings = postings;
        this.standings = standings;
        this.clock = clock;
    }

    @Override
    public Uni<Boolean> isFlagged(String employerId) {
        return warnings.standing(employerId).map(w -> !w.isEmpty());
    }

    /** A case was filed: a wage-arrears case flags its employer. */
    public Uni<Void> filed(RightsCase c, String by) {
        return c.caseType == CaseType.WAGE_ARREARS ? raise(c.employerId, EmployerWarning.Reason.WAGE_ARREARS, by)
                : Uni.createFrom().voidItem();
    }

    /** A case was closed: the last open wage-arrears case of its employer clears that flag. */
    public Uni<Void> closed(RightsCase c, String by) {
        if (c.caseType != CaseType.WAGE_ARREARS) {
            return Uni.createFrom().voidItem();
        }
        return lock(c.employerId).chain(() -> cases.anyOpen(c.employerId, CaseType.WAGE_ARREARS, c.id))
                .chain(stillOpen -> stillOpen ? Uni.createFrom().voidItem()
                        : clear(c.employerId, EmployerWarning.Reason.WAGE_ARREARS, by,
                                "its wage-arrears cases are closed (the last: " + c.id + ")"));
    }

    /** Flags the employer for {@code reason} unless so flagged already; its first flag holds its open postings. */
    public Uni<Void> raise(String employerId, EmployerWarning.Reason reason, String by) {
        return lock(employerId).chain(() -> warnings.standing(employerId)).chain(standing -> {
            if (standing.stream().anyMatch(w -> w.reason == reason)) {
                return Uni.createFrom().voidItem();
            }
            EmployerWarning w = new EmployerWarning();
            w.employerId = employerId;
            w.reason = reason;
            w.raisedAt = clock.instant();
            w.raisedBy = by;
            boolean firstFlag = standing.isEmpty();
            return warnings.persist(w).chain(() -> firstFlag ? postings.holdAllOf(employerId) : Uni.createFrom().item(0))
                    .replaceWithVoid();
        });
    }

    /** Clears the employer's flag for {@code reason}; with none left, its held postings open again (if verified). */
    public Uni<Void> clear(String employerId, EmployerWarning.Reason reason, String by, String why) {
        return lock(employerId).chain(() -> warnings.standing(employerId)).chain(standing -> {
            if (standing.stream().noneMatch(w -> w.reason == reason)) {
                return Uni.createFrom().voidItem();
            }
            standing.stream().filter(w -> w.reason == reason).forEach(w -> {
                w.clearedAt = clock.instant();
                w.clearedBy = by;
                w.clearReason = why;
            });
            boolean noneLeft = standing.stream().allMatch(w -> w.clearedAt != null);
            return noneLeft ? standings.standingOf(employerId).chain(s -> s == Standing.VERIFIED
                    ? postings.reopenAllOf(employerId).replaceWithVoid() : Uni.createFrom().voidItem())
                    : Uni.createFrom().voidItem();
        });
    }

    /** The employer's lock, which its suspension and the posting gate take too. */
    private static Uni<Void> lock(String employerId) {
        return Panache.getSession().chain(s -> TransactionLocks.lock(s, "employer-id:" + employerId)).replaceWithVoid();
    }
}
