package org.laborlink.jobs.rightscase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.events.rights.RightsCaseChanged.CaseStatus;
import org.laborlink.jobs.hiring.domain.Employment;
import org.laborlink.jobs.hiring.store.HiringRepositories;
import org.laborlink.jobs.rightscase.api.RightsCaseRequests.FileCase;
import org.laborlink.jobs.rightscase.api.RightsCaseRequests.SetRightsPolicy;
import org.laborlink.jobs.rightscase.api.RightsCaseRequests.TakeStep;
import org.laborlink.jobs.rightscase.api.RightsCaseViews.CaseView;
import org.laborlink.jobs.rightscase.domain.CaseStep;
import org.laborlink.jobs.rightscase.domain.RightsCase;
import org.laborlink.jobs.rightscase.domain.RightsPolicy;
import org.laborlink.jobs.rightscase.api.RightsCaseViews;
import org.laborlink.jobs.rightscase.store.RightsCaseRepositories;
import org.laborlink.jobs.rightscase.store.RightsFigures;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.cooperation.CooperationPairs;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Rights protection: complaints about employment records and the officers' handling of them. Who files: the worker,
 * an officer of her home region or of the work region, the partner province of her home. Who handles: officers of
 * the work region. Who reads: those, and the employer (without the complainant's name where the case type does not
 * need it). Anyone else, and anyone naming an employment record they may not see, gets 404.
 */
@ApplicationScoped
public class RightsProtection {

    private final RightsCaseRepositories.Cases cases;
    private final RightsCaseRepositories.Steps steps;
    private final RightsCaseRepositories.Policies policies;
    private final HiringRepositories.Employments employments;
    private final HiringRepositories.WorkerHomeRepository homes;
    private final EventOutbox outbox;
    private final CooperationPairs pairs;
    private final EarlyWarning warning;
    private final RightsFigures figures;
    private final Clock clock;

    public RightsProtection(RightsCaseRepositories.Cases cases, RightsCaseRepositories.Steps steps,
            RightsCaseRepositories.Policies policies, HiringRepositories.Employments employments,
            HiringRepositories.WorkerHomeRepository homes, EventOutbox outbox, EarlyWarning warning, RightsFigures figures,
            CooperationPairs pairs, Clock clock) {
        this.pairs = pairs;
        this.cases = cases;
        this.steps = steps;
        this.policies = policies;
        this.employments = employments;
        this.homes = homes;
        this.outbox = outbox;
        this.warning = warning;
        this.figures = figures;
        this.clock = clock;
    }

    public Uni<CaseView> file(FileCase request, Caller caller) {
        UUID employmentId = request.employmentId();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> employments.findById(employmentId).chain(e -> {
            if (e == null || !mayFileAbout(caller, e.workerId, e.householdRegion, e.workRegion)) {
                throw ProblemException.notFound("employment", employmentId);
            }
            return policies.of(e.workRegion.substring(0, 2) + "0000").chain(policy -> {
                RightsCase c = new RightsCase();
                c.id = UUID.randomUUID();
                c.version = 1;
                c.employmentId = e.id;
                c.employerId = e.employerId;
                c.workerId = e.workerId;
                c.householdRegion = e.householdRegion;
                c.workRegion = e.workRegion;
                c.caseType = request.caseType();
                c.status = CaseStatus.FILED;
                c.description = request.description().strip();
                c.amountClaimed = request.amountClaimed() == null ? null : request.amountClaimed().setScale(2);
                c.filedBy = caller.subject();
                c.filedAs = caller.is(Role.WORKER) ? "worker" : caller.is(Role.PARTNER) ? "partner" : "officer";
                c.filedAt = now;
                c.acknowledgeBy = now.plus(policy.acknowledgeWithin());
                c.resolveBy = now.plus(policy.resolveWithin());
                CaseStep filing = CaseStep.of(c.id, "FILE", c.status, null, null, caller.subject(), now);
                return cases.persist(c).chain(() -> steps.persist(filing))
                        .chain(() -> Panache.getSession().chain(s -> outbox.appendAll(s, List.of(c.changed(now)))))
                        .chain(() -> warning.filed(c, caller.subject()))
                        .map(v -> CaseView.of(c, true, now, List.of(filing)));
            });
        }));
    }

    public Uni<CaseView> get(UUID id, Caller caller) {
        Instant now = clock.instant();
        return cases.findById(id).chain(c -> {
            if (c == null || !mayRead(caller, c)) {
                throw ProblemException.notFound("rights case", id);
            }
            return steps.of(c.id).map(trail -> CaseView.of(c, namesComplainantTo(caller, c), now, trail));
        });
    }

    public Uni<CaseView> take(UUID id, TakeStep request, Caller caller) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> cases.findById(id, LockModeType.PESSIMISTIC_WRITE).chain(c -> {
            if (c == null || !mayRead(caller, c)) {
                throw ProblemException.notFound("rights case", id);
            }
            if (!caller.governs(c.workRegion)) {
                throw ProblemException.forbidden("the officers of the work region handle a rights case");
            }
            CaseStatus after = c.take(request.action(), request.outcome(), request.amountRecovered(), now);
            String note = request.action() == RightsCase.Action.RESOLVE || request.action() == RightsCase.Action.REFER
                    ? firstOf(request.outcome(), request.note()) : request.note();
            CaseStep step = CaseStep.of(c.id, request.action().name(), after, note == null ? null : note.strip(),
                    c.amountRecovered != null && after == CaseStatus.RESOLVED ? c.amountRecovered : null,
                    caller.subject(), now);
            return steps.persist(step)
                    .chain(() -> Panache.getSession().chain(s -> outbox.appendAll(s, List.of(c.changed(now)))))
                    .chain(() -> c.closed() ? warning.closed(c, caller.subject()) : Uni.createFrom().voidItem())
                    .chain(() -> steps.of(c.id)).map(trail -> CaseView.of(c, true, now, trail));
        }));
    }

    /**
     * The cases a caller may list: officers of a region they govern (cases of work there or of its workers), an
     * employer its own, a worker hers, a partner those of its province's workers; {@code overdue} keeps the overdue.
     */
    public Uni<List<CaseView>> list(String region, boolean open, boolean overdue, int limit, Caller caller) {
        Instant now = clock.instant();
        Instant overdueAt = overdue ? now : null;
        Uni<List<RightsCase>> found;
        if (caller.is(Role.OFFICER) || caller.is(Role.ADMIN)) {
            String scope = region != null ? region : caller.region().map(RegionCode::value).orElse(null);
            if (scope == null || !RegionCode.isWellFormed(scope)) {
                throw ProblemException.invalidField("region", RegionCode.MESSAGE);
            }
            if (!caller.governs(scope)) {
                throw ProblemException.notFound("region", scope);
            }
            String prefix = new RegionCode(scope).prefix();
            found = cases.find(prefix, prefix, null, null, open, overdueAt, limit);
        } else if (caller.is(Role.EMPLOYER) && caller.employerId().isPresent()) {
            found = cases.find(null, null, caller.employerId().get(), null, open, overdueAt, limit);
        } else if (caller.is(Role.WORKER) && caller.workerId().isPresent()) {
            found = cases.find(null, null, null, UUID.fromString(caller.workerId().get()), open, overdueAt, limit);
        } else if (caller.is(Role.PARTNER) && caller.province().isPresent()) {
            found = cases.find(null, caller.province().get().prefix(), null, null, open, overdueAt, limit);
        } else {
            throw ProblemException.forbidden("your role may not list rights cases");
        }
        return found.map(list -> list.stream().map(c -> CaseView.of(c, namesComplainantTo(caller, c), now, null)).toList());
    }

    /**
     * A worker's rights file: her employment records with how each ended and the cases about them, for the worker,
     * officers of her home region and her home province's partner (an officer of a work region sees the cases
     * through the case list, not the whole file). Anyone else, or a worker job-board has not heard of: 404.
     */
    public Uni<RightsFile> rightsFile(UUID workerId, Caller caller) {
        Instant now = clock.instant();
        return homes.findById(workerId).chain(known -> employments.ofWorker(workerId).map(records -> Map.entry(
                known != null ? known.householdRegion : records.isEmpty() ? "" : records.get(0).householdRegion, records)))
                .chain(known -> {
            String home = known.getKey().isEmpty() ? null : known.getKey();
            List<Employment> records = known.getValue();
            if (home == null || !caller.canSeeWorker(workerId.toString(), home, null)) {
                throw ProblemException.notFound("rights file of worker", workerId);
            }
            return cases.find(null, null, null, workerId, false, null, 500).map(found -> new RightsFile(workerId, home,
                    records.stream().map(e -> new RightsFile.Record(e.id, e.employerId, e.workRegion, e.startDate,
                            e.endDate, e.endReason, e.stayedThreeMonthsOn, e.stayedSixMonthsOn)).toList(),
                    found.stream().map(c -> CaseView.of(c, true, now, null)).toList(),
                    found.stream().filter(c -> !c.closed()).count(),
                    found.stream().map(c -> c.amountRecovered).filter(java.util.Objects::nonNull)
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)));
        });
    }

    /** A worker's rights file (money in yuan). */
    public record RightsFile(UUID workerId, String householdRegion, List<Record> employments, List<CaseView> cases,
            long openCases, java.math.BigDecimal amountRecovered) {

        public record Record(UUID employmentId, String employerId, String workRegion, java.time.LocalDate startDate,
                java.time.LocalDate endDate, String endReason, java.time.LocalDate stayedThreeMonthsOn,
                java.time.LocalDate stayedSixMonthsOn) {
        }
    }

    /**
     * A region's rights figures (cases of work in it, or of its people: {@code side}), for the officers and admins who
     * govern it; for a partner province of the region (as in the transcript), of its own workers only; others 404.
     */
    public Uni<RightsCaseViews.RightsFiguresView> figures(String region, RightsFigures.Side side, String employerId,
            LocalDate from, LocalDate to, Caller caller) {
        if (!RegionCode.isWellFormed(region)) {
            throw ProblemException.invalidField("code", RegionCode.MESSAGE);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        String whose = pairs.whoseWorkers(caller, region).orElseThrow(() -> ProblemException.notFound("region", region));
        return Panache.getSession().chain(session -> figures.of(session, new RightsFigures.Scope(region,
                new RegionCode(region).prefix(), side, employerId, whose, from, to), clock.instant()));
    }

    public Uni<RightsPolicy> policy(String province) {
        return policies.of(province);
    }

    public Uni<RightsPolicy> setPolicy(String province, SetRightsPolicy request, Caller caller) {
        if (!province.matches("[1-9][0-9]0000") || !caller.is(Role.ADMIN) || !caller.governs(province)) {
            throw ProblemException.forbidden("a province's admins set its rights-case deadlines");
        }
        var acknowledge = request.acknowledge();
        var resolve = request.resolve();
        if (resolve.compareTo(acknowledge) < 0) {
            throw ProblemException.invalidField("resolveWithin", "is shorter than acknowledgeWithin");
        }
        return Panache.withTransaction(() -> policies.findById(province).chain(existing -> {
            RightsPolicy p = existing != null ? existing : new RightsPolicy();
            p.province = province;
            p.acknowledgeWithinSeconds = acknowledge.toSeconds();
            p.resolveWithinSeconds = resolve.toSeconds();
            p.churnSharePercent = request.churnSharePercent() != null ? request.churnSharePercent() : p.churnSharePercent;
            p.churnWithinDays = request.churnWithinDays() != null ? request.churnWithinDays() : p.churnWithinDays;
            p.churnMinimumHires = request.churnMinimumHires() != null ? request.churnMinimumHires() : p.churnMinimumHires;
            p.churnLookBackDays = request.churnLookBackDays() != null ? request.churnLookBackDays() : p.churnLookBackDays;
            p.updatedBy = caller.subject();
            p.updatedAt = clock.instant();
            return existing != null ? Uni.createFrom().item(p) : policies.persist(p);
        }));
    }

    /** The worker, officers of her home or work region, the partner of her home province (Caller.canSeeWorker). */
    private static boolean mayFileAbout(Caller caller, UUID workerId, String householdRegion, String workRegion) {
        return caller.canSeeWorker(workerId.toString(), householdRegion, workRegion);
    }

    private static boolean mayRead(Caller caller, RightsCase c) {
        return mayFileAbout(caller, c.workerId, c.householdRegion, c.workRegion) || ownEmployer(caller, c.employerId);
    }

    /** Everyone who may read a case sees who complained, except the employer where the type does not need it. */
    private static boolean namesComplainantTo(Caller caller, RightsCase c) {
        boolean employerOnly = ownEmployer(caller, c.employerId)
                && !mayFileAbout(caller, c.workerId, c.householdRegion, c.workRegion);
        return !employerOnly || RightsCase.NAMES_THE_COMPLAINANT.contains(c.caseType);
    }

    private static boolean ownEmployer(Caller caller, String employerId) {
        return caller.is(Role.EMPLOYER) && caller.employerId().filter(employerId::equals).isPresent();
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
