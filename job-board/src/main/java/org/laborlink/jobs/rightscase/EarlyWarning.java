package org.laborlink.jobs.rightscase;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.employers.EmployerChanged.Standing;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.events.rights.EmployerFlagChanged.HomeRegionWorkers;
import org.laborlink.events.rights.EmployerFlagChanged.Reason;
import org.laborlink.events.rights.EmployerFlagChanged;
import org.laborlink.events.rights.RightsCaseChanged.CaseType;
import org.laborlink.jobs.employer.store.EmployerRepository;
import org.laborlink.jobs.hiring.EmploymentEndings;
import org.laborlink.jobs.hiring.store.HiringRepositories;
import org.laborlink.jobs.posting.EarlyWarningFlags;
import org.laborlink.jobs.posting.EmployerStandings;
import org.laborlink.jobs.posting.PostingPublication;
import org.laborlink.jobs.rightscase.domain.EmployerWarning;
import org.laborlink.jobs.rightscase.domain.RightsCase;
import org.laborlink.jobs.rightscase.domain.RightsPolicy;
import org.laborlink.jobs.rightscase.store.RightsCaseRepositories;
import org.laborlink.platform.store.TransactionLocks;
import org.laborlink.platform.time.PlatformCalendar;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The early warning on employers. An employer is flagged by an open wage-arrears case, by abnormal churn (its
 * province's threshold: by default 30 % or more of at least 5 hires started in the last 180 days ended within 30 days
 * of their start, checked each time one of its employment records ends), or by a planned layoff. While flagged, its
 * open postings are held (matching drops them from the index, so they leave workers' recommendations) and a new
 * posting waits as a draft until an officer of its region publishes it. Each flag raised or cleared is an
 * {@link EmployerFlagChanged} event with its current workers counted by home region, which tells the home regions'
 * offices and partner provinces (worker-registry's webhooks). A wage-arrears flag clears with the employer's last open
 * such case; with no flag left, its held postings open again unless its labour office has suspended it meanwhile.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class EarlyWarning implements EarlyWarningFlags, EmploymentEndings {

    /** An employer's churn against its province's threshold. */
    public record Churn(long hired, long endedEarly, RightsPolicy policy) {

        public boolean holds() {
            return policy.isChurn(hired, endedEarly);
        }

        public String describe() {
            return endedEarly + " of " + hired + " hires started in the last " + policy.churnLookBackDays
                    + " days ended within " + policy.churnWithinDays + " days (the threshold: " + policy.churnSharePercent
                    + " % of at least " + policy.churnMinimumHires + ")";
        }
    }

    private final RightsCaseRepositories.Warnings warnings;
    private final RightsCaseRepositories.Cases cases;
    private final RightsCaseRepositories.Policies policies;
    private final HiringRepositories.Employments employments;
    private final EmployerRepository employers;
    private final PostingPublication postings;
    private final EmployerStandings standings;
    private final EventOutbox outbox;
    private final Clock clock;

    public EarlyWarning(RightsCaseRepositories.Warnings warnings, RightsCaseRepositories.Cases cases,
            RightsCaseRepositories.Policies policies, HiringRepositories.Employments employments,
            EmployerRepository employers, PostingPublication postings, EmployerStandings standings, EventOutbox outbox,
            Clock clock) {
        this.warnings = warnings;
        this.cases = cases;
        this.policies = policies;
        this.employments = employments;
        this.employers = employers;
        this.postings = postings;
        this.standings = standings;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Uni<Boolean> isFlagged(String employerId) {
        return warnings.standing(employerId).map(w -> !w.isEmpty());
    }

    /** A case was filed: a wage-arrears case flags its employer. */
    public Uni<Void> filed(RightsCase c, String by) {
        return c.caseType == CaseType.WAGE_ARREARS ? raise(c.employerId, Reason.WAGE_ARREARS, by)
                : Uni.createFrom().voidItem();
    }

    /** A case was closed: the last open wage-arrears case of its employer clears that flag. */
    public Uni<Void> closed(RightsCase c, String by) {
        if (c.caseType != CaseType.WAGE_ARREARS) {
            return Uni.createFrom().voidItem();
        }
        return lock(c.employerId).chain(() -> cases.anyOpen(c.employerId, CaseType.WAGE_ARREARS, c.id))
                .chain(stillOpen -> stillOpen ? Uni.createFrom().voidItem()
                        : clear(c.employerId, Reason.WAGE_ARREARS, by,
                                "its wage-arrears cases are closed (the last: " + c.id + ")"));
    }

    /** An employment record ended: the employer is flagged once its churn reaches its province's threshold. */
    @Override
    public Uni<Void> ended(String employerId, String by) {
        return churnOf(employerId)
                .chain(churn -> churn != null && churn.holds() ? raise(employerId, Reason.CHURN, by)
                        : Uni.createFrom().voidItem());
    }

    /**
     * The employer's churn against the threshold of its province, under the employer's lock (so a clearing officer
     * and an ending employment see the same figures); null for an employer not registered here (a hire recorded off
     * the platform may name any employer).
     */
    public Uni<Churn> churnOf(String employerId) {
        return lock(employerId).chain(() -> registered(employerId)).chain(employer -> employer == null
                ? Uni.createFrom().nullItem()
                : policies.of(employer.region.substring(0, 2) + "0000").chain(policy -> employments
                        .hiresEndedWithin(employerId, PlatformCalendar.today(clock).minusDays(policy.churnLookBackDays),
                                policy.churnWithinDays)
                        .map(counts -> new Churn(counts[0], counts[1], policy))));
    }

    /** The registered employer of this id, or null (an id that is no UUID names no registered employer). */
    private Uni<org.laborlink.jobs.employer.domain.Employer> registered(String employerId) {
        try {
            return employers.findById(UUID.fromString(employerId));
        } catch (IllegalArgumentException notAnId) {
            return Uni.createFrom().nullItem();
        }
    }

    /** Flags the employer for {@code reason} unless so flagged already; its first flag holds its open postings. */
    public Uni<Void> raise(String employerId, Reason reason, String by) {
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
                    .chain(() -> announce(employerId, reason, true, true));
        });
    }

    /** Clears the employer's flag for {@code reason}; with none left, its held postings open again (if verified). */
    public Uni<Void> clear(String employerId, Reason reason, String by, String why) {
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
            Uni<Void> reopen = noneLeft ? standings.standingOf(employerId).chain(s -> s == Standing.VERIFIED
                    ? postings.reopenAllOf(employerId).replaceWithVoid() : Uni.createFrom().voidItem())
                    : Uni.createFrom().voidItem();
            return reopen.chain(() -> announce(employerId, reason, false, !noneLeft));
        });
    }

    /** The flag's event, with the employer's current workers counted by home region. */
    private Uni<Void> announce(String employerId, Reason reason, boolean raised, boolean flagged) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select nextval('employer_flag_event_seq')", Long.class).getSingleResult()
                .chain(version -> employments.homeRegionsOfCurrent(employerId)
                        .chain(homes -> registered(employerId)
                                .chain(employer -> outbox.appendAll(session, List.of(new EmployerFlagChanged(employerId,
                                        version, employer == null ? null : employer.region, reason, raised, flagged,
                                        homes.stream().map(row -> new HomeRegionWorkers((String) row[0],
                                                ((Number) row[1]).intValue())).toList(),
                                        clock.instant())))))));
    }

    /** The employer's lock, which its suspension and the posting gate take too. */
    private static Uni<Void> lock(String employerId) {
        return Panache.getSession().chain(s -> TransactionLocks.lock(s, "employer-id:" + employerId)).replaceWithVoid();
    }
}
