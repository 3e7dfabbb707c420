package org.laborlink.subsidies.claim.store;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.subsidies.ClaimStatus;
import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.subsidies.claim.ClaimProcessing;
import org.laborlink.subsidies.claim.domain.Claim;

import io.smallrye.mutiny.Uni;

/**
 * ClaimProcessing read in bulk: a caller's page of claims (an officer's region, a worker's or employer's own), and the figures
 * of a region (by the region that pays) or of a home province (by the workers' household region).
 */
@ApplicationScoped
public class ClaimList {

    private static final List<ProgrammeKind> PAYS_WORKER = List.of(ProgrammeKind.TRANSPORT, ProgrammeKind.STUDENT_LIVING,
            ProgrammeKind.TRAINING);

    /** ClaimProcessing of one programme in one status: how many and how much (decided, or claimed while undecided). Yuan. */
    public record Count(ProgrammeKind programme, ClaimStatus status, long claims, BigDecimal amount) {
    }

    private final Mutiny.SessionFactory sessions;

    public ClaimList(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    public Uni<List<Claim>> page(Caller caller, String region, ClaimStatus status, ProgrammeKind programme, long after,
            int limit) {
        StringBuilder where = new StringBuilder("seq > :after");
        String scope;
        if (caller.is(Role.OFFICER) || caller.is(Role.ADMIN)) {
            String of = region != null ? region : caller.region().map(Object::toString).orElse(null);
            if (of != null && !RegionCode.isWellFormed(of)) {
                throw ProblemException.invalidField("region", RegionCode.MESSAGE);
            }
            if (of == null || !caller.governs(of)) {
                throw ProblemException.forbidden("officers list the claims of their own region");
            }
            scope = new RegionCode(of).prefix();
            where.append(" and (region like :scope or claimant = :me)");
        } else if (caller.is(Role.WORKER)) {
            scope = caller.workerId().orElseThrow(() -> ProblemException.forbidden("no worker_id claim"));
            where.append(" and (claimant = :me or (str(workerId) = :scope and programme in :paysWorker))");
        } else if (caller.is(Role.EMPLOYER)) {
            scope = caller.employerId().orElseThrow(() -> ProblemException.forbidden("no employer_id claim"));
            where.append(" and (claimant = :me or (employerId = :scope and programme not in :paysWorker))");
        } else {
            throw ProblemException.forbidden("partners read the totals of their province's workers, not claims");
        }
        if (status != null) {
            where.append(" and status = :status");
        }
        if (programme != null) {
            where.append(" and programme = :programme");
        }
        boolean officer = caller.is(Role.OFFICER) || caller.is(Role.ADMIN);
        return sessions.withSession(session -> {
            var query = session.createSelectionQuery("from Claim where " + where + " order by seq", Claim.class)
                    .setParameter("after", after).setParameter("me", caller.subject())
                    .setParameter("scope", officer ? scope + "%" : scope);
            if (!officer) {
                query.setParameter("paysWorker", PAYS_WORKER);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
            if (programme != null) {
                query.setParameter("programme", programme);
            }
            return query.setMaxResults(limit).getResultList();
        });
    }

    /** ClaimProcessing by programme and status, of the claims paid by a region or of the workers whose home is in it. */
    public Uni<List<Count>> counts(String regionPrefix, boolean byHome, Integer year) {
        String column = byHome ? "household_region" : "region";
        return sessions.withSession(session -> {
            var query = session.createNativeQuery("select programme, status, count(*), "
                    + "coalesce(sum(coalesce(amount, amount_claimed)), 0) from claim where " + column
                    + " like :prefix" + (year == null ? "" : " and budget_year = :year")
                    + " group by programme, status order by programme, status", Object[].class)
                    .setParameter("prefix", regionPrefix + "%");
            if (year != null) {
                query.setParameter("year", year);
            }
            return query.getResultList().map(rows -> rows.stream().map(r -> new Count(ProgrammeKind.valueOf((String) r[0]),
                        ClaimStatus.valueOf((String) r[1]), ((Number) r[2]).longValue(), (BigDecimal) r[3])).toList());
        });
    }

    /** Claims paid in a period under one programme: how many, for how many workers and employers, how much. */
    public record Paid(ProgrammeKind programme, long claims, long workers, long employers, BigDecimal amount) {
    }

    /**
     * The claims a region paid (and did not reverse) from {@code from} to {@code to} (instants), by programme; of the
     * workers whose household matches {@code whosePrefix} ("" for every claim, an employer's included).
     */
    public Uni<List<Paid>> paid(String regionPrefix, String whosePrefix, java.time.Instant from, java.time.Instant to) {
        return sessions.withSession(session -> session.createNativeQuery("""
                select programme, count(*), count(distinct worker_id), count(distinct employer_id), coalesce(sum(amount), 0)
                from claim
                where region like :region and status = 'PAID' and paid_at >= :from and paid_at < :to
                  and (:whose = '' or household_region like :whoseLike)
                group by programme order by programme""", Object[].class)
                .setParameter("region", regionPrefix + "%").setParameter("whose", whosePrefix)
                .setParameter("whoseLike", whosePrefix + "%").setParameter("from", from).setParameter("to", to)
                .getResultList().map(rows -> rows.stream().map(r -> new Paid(ProgrammeKind.valueOf((String) r[0]),
                        ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                        (BigDecimal) r[4])).toList()));
    }
}
