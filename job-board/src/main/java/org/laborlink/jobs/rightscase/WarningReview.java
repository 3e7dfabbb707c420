package org.laborlink.jobs.rightscase;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.rights.EmployerFlagChanged.Reason;
import org.laborlink.jobs.employer.store.EmployerRepository;
import org.laborlink.jobs.rightscase.api.RightsCaseRequests.ClearWarning;
import org.laborlink.jobs.rightscase.store.RightsCaseRepositories;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Officers reading and clearing the early warning's flags. The employer's region reads its flags and clears a churn
 * flag (once its province's threshold no longer holds) or a layoff flag, saying why; a wage-arrears flag clears only
 * with its cases. The offices of the regions its current workers come from, and their province's partner, read the
 * flagged employers that employ their people now ({@code /regions/{code}/employer-warnings}).
 */
@ApplicationScoped
public class WarningReview {

    /** An employer's standing warning. */
    public record WarningView(Reason reason, Instant raisedAt, String raisedBy) {
    }

    /** A flagged employer, with how many of its current workers come from the region asked about. */
    public record FlaggedEmployer(String employerId, String employerName, String employerRegion,
            List<WarningView> warnings, long workersFromRegion) {
    }

    private static final String FLAGGED_FOR_REGION = """
            select w.employer_id, e.name, e.region, w.reason, w.raised_at, w.raised_by,
                   (select count(*) from employment m where m.employer_id = w.employer_id and m.end_date is null
                      and m.household_region like :scope)
            from employer_warning w left join employer e on cast(e.id as varchar) = w.employer_id
            where w.cleared_at is null
              and (e.region like :scope or exists (select 1 from employment m where m.employer_id = w.employer_id
                     and m.end_date is null and m.household_region like :scope))
            order by w.raised_at desc, w.id limit 5000""";

    private final RightsCaseRepositories.Warnings warnings;
    private final EmployerRepository employers;
    private final EarlyWarning warning;

    public WarningReview(RightsCaseRepositories.Warnings warnings, EmployerRepository employers, EarlyWarning warning) {
        this.warnings = warnings;
        this.employers = employers;
        this.warning = warning;
    }

    public Uni<List<WarningView>> warningsOf(UUID employerId, Caller caller) {
        return employers.governedBy(employerId, caller).chain(employer -> warnings.standing(employerId.toString()))
                .map(list -> list.stream().map(w -> new WarningView(w.reason, w.raisedAt, w.raisedBy)).toList());
    }

    /**
     * An officer clears a churn or layoff flag, saying why: a churn flag only once the threshold no longer holds
     * (409 with the figures), a wage-arrears flag never by hand (409).
     */
    public Uni<List<WarningView>> clear(UUID employerId, ClearWarning request, Caller caller) {
        String id = employerId.toString();
        return Panache.withTransaction(() -> employers.governedBy(employerId, caller).chain(employer -> {
            if (request.reason() == Reason.WAGE_ARREARS) {
                throw ProblemException.conflict("flag-cleared-by-cases", "a wage-arrears flag clears when the "
                        + "employer's wage-arrears cases are closed");
            }
            Uni<Void> threshold = request.reason() != Reason.CHURN ? Uni.createFrom().voidItem()
                    : warning.churnOf(id).invoke(churn -> {
                        if (churn.holds()) {
                            throw ProblemException.conflict("churn-threshold-holds", "the churn flag stays while the "
                                    + "threshold holds: " + churn.describe());
                        }
                    }).replaceWithVoid();
            return threshold.chain(() -> warning.clear(id, request.reason(), caller.subject(), request.clearReason().strip()));
        })).chain(() -> Panache.withSession(() -> warningsOf(employerId, caller)));
    }

    /**
     * The flagged employers in the region or employing its people now, for its officers and its province's partner;
     * anyone else 404.
     */
    public Uni<List<FlaggedEmployer>> flaggedFor(String region, Caller caller) {
        if (!RegionCode.isWellFormed(region)) {
            throw ProblemException.invalidField("code", RegionCode.MESSAGE);
        }
        boolean partner = caller.is(Role.PARTNER) && caller.province().map(p -> p.contains(region)).orElse(false);
        if (!caller.governs(region) && !partner) {
            throw ProblemException.notFound("region", region);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(FLAGGED_FOR_REGION, Object[].class)
                .setParameter("scope", new RegionCode(region).prefix() + "%").getResultList())
                .map(rows -> byEmployer(rows, !partner));
    }

    /** One entry per employer; who raised each flag only for the region's own officers. */
    private static List<FlaggedEmployer> byEmployer(List<Object[]> rows, boolean namesOfficers) {
        Map<String, FlaggedEmployer> flagged = new LinkedHashMap<>();
        for (Object[] row : rows) {
            flagged.computeIfAbsent((String) row[0], id -> new FlaggedEmployer(id, (String) row[1], (String) row[2],
                    new ArrayList<>(), ((Number) row[6]).longValue()))
                    .warnings().add(new WarningView(Reason.valueOf((String) row[3]), instant(row[4]),
                            namesOfficers ? (String) row[5] : null));
        }
        return List.copyOf(flagged.values());
    }

    private static Instant instant(Object timestamptz) {
        return timestamptz instanceof OffsetDateTime t ? t.toInstant() : (Instant) timestamptz;
    }
}
