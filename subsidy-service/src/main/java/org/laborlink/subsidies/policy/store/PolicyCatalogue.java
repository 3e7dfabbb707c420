package org.laborlink.subsidies.policy.store;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.store.TransactionLocks;
import org.laborlink.subsidies.policy.domain.PolicyInEffect;
import org.laborlink.subsidies.policy.domain.SubsidyPolicy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * The subsidy catalogues in subsidy-service's database: append-only versions per province (the one in effect on a
 * date is the newest version whose effective date has come), and the budgets per programme, region and year.
 */
@ApplicationScoped
public class PolicyCatalogue {

    /** A version as stored: who set it and when. */
    public record StoredVersion(PolicyInEffect policy, String setBy, Instant setAt) {
    }

    /** Money a programme may spend in a region in a year, how much approvals have used, and what is left. Yuan. */
    public record Budget(long id, ProgrammeKind programme, String region, int year, BigDecimal amount, BigDecimal used) {

        public BigDecimal left() {
            return amount.subtract(used);
        }
    }

    private final ObjectMapper json;
    private final Clock clock;

    public PolicyCatalogue(ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.json = json;
    }

    public Uni<Optional<PolicyInEffect>> inEffect(Mutiny.Session session, String province, LocalDate on) {
        return session.createNativeQuery("""
                select version, effective_from::text, document::text, set_by,
                       to_char(set_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') from subsidy_policy
                 where province = :province and effective_from <= :on order by version desc limit 1""", Object[].class)
                .setParameter("province", province).setParameter("on", on)
                .getResultList().map(rows -> rows.stream().findFirst().map(r -> version(province, r).policy()));
    }

    /** Every version of a province's catalogue, newest first. */
    public Uni<List<StoredVersion>> versions(Mutiny.Session session, String province) {
        return session.createNativeQuery("""
                select version, effective_from::text, document::text, set_by,
                       to_char(set_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') from subsidy_policy
                 where province = :province order by version desc""", Object[].class)
                .setParameter("province", province)
                .getResultList().map(rows -> rows.stream().map(r -> version(province, r)).toList());
    }

    /** Adds a version (the next number) of a province's catalogue. */
    public Uni<Integer> append(Mutiny.Session session, String province, LocalDate effectiveFrom, SubsidyPolicy policy,
            String setBy) {
        // two admins saving at once: the second waits and takes the next number
        return TransactionLocks.lock(session, "subsidy-policy:" + province)
                .chain(() -> session.createNativeQuery(
                        "select coalesce(max(version), 0) + 1 from subsidy_policy where province = :p", Integer.class)
                        .setParameter("p", province).getSingleResult())
                .chain(next -> session.createNativeQuery("""
                        insert into subsidy_policy (province, version, effective_from, document, set_by, set_at)
                        values (:province, :version, :from, cast(:document as jsonb), :by, now())""")
                        .setParameter("province", province).setParameter("version", next)
                        .setParameter("from", effectiveFrom).setParameter("document", new JsonObject(write(policy)))
                        .setParameter("by", setBy).executeUpdate().replaceWith(next));
    }

    /**
     * Sets a budget's amount (creating it if new); refused (false) when approvals have already used more than it.
     */
    public Uni<Boolean> setBudget(Mutiny.Session session, String province, ProgrammeKind programme, String region,
            int year, BigDecimal amount) {
        return session.createNativeQuery("""
                insert into subsidy_budget (province, programme, region, year, amount)
                values (:province, :programme, :region, :year, :amount)
                on conflict (programme, region, year) do update set amount = excluded.amount
                 where subsidy_budget.used <= excluded.amount""")
                .setParameter("province", province).setParameter("programme", programme.name())
                .setParameter("region", region).setParameter("year", year).setParameter("amount", amount)
                .executeUpdate().map(rows -> rows == 1);
    }

    /** Budgets of regions within {@code regionPrefix} (a province's 2 digits, a prefecture's 4...) for a year. */
    public Uni<List<Budget>> budgets(Mutiny.Session session, String regionPrefix, int year) {
        return session.createNativeQuery("""
                select id, programme, region, year, amount, used from subsidy_budget
                 where region like :prefix and year = :year order by programme, region""", Object[].class)
                .setParameter("prefix", regionPrefix + "%").setParameter("year", year)
                .getResultList().map(rows -> rows.stream().map(PolicyCatalogue::budget).toList());
    }

    /**
     * Uses {@code amount} of the budget that pays for a claim in {@code region}: the most specific one (county, else
     * prefecture, else province) for the programme and year. Atomic: the update locks the row, so racing approvals
     * queue and none takes the budget below zero (the table's check would refuse it anyway).
     *
     * @return the budget after use; a 409 naming the figures when there is none or too little is left
     */
    public Uni<Budget> use(Mutiny.Session session, ProgrammeKind programme, String region, int year, BigDecimal amount) {
        return session.createNativeQuery("""
                select id, programme, region, year, amount, used from subsidy_budget
                 where programme = :programme and year = :year and region in (:county, :prefecture, :province)
                 order by region desc limit 1""", Object[].class)
                .setParameter("programme", programme.name()).setParameter("year", year)
                .setParameter("county", region).setParameter("prefecture", region.substring(0, 4) + "00")
                .setParameter("province", region.substring(0, 2) + "0000")
                .getResultList().chain(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.conflict("no-budget", "no " + programme + " budget for " + year
                                + " covers region " + region + "; the province's admins set one");
                    }
                    long id = ((Number) rows.get(0)[0]).longValue();
                    return session.createNativeQuery("""
                            update subsidy_budget set used = used + :amount where id = :id and used + :amount <= amount
                            returning id, programme, region, year, amount, used""", Object[].class)
                            .setParameter("amount", amount).setParameter("id", id)
                            .getResultList()
                            .chain(updated -> updated.isEmpty()
                                    ? session.createNativeQuery("""
                                            select id, programme, region, year, amount, used from subsidy_budget
                                             where id = :id""", Object[].class)
                                            .setParameter("id", id).getSingleResult().<Budget>map(r -> {
                                                Budget b = budget(r);
                                                throw ProblemException.conflict("budget-exhausted", "the " + programme
                                                        + " budget of region " + b.region() + " for " + year + " has "
                                                        + b.left().toPlainString() + " of " + b.amount().toPlainString()
                                                        + " left; this claim needs " + amount.toPlainString());
                                            })
                                    : Uni.createFrom().item(budget(updated.get(0))));
                });
    }

    /** Gives back what a reversed approval had used. */
    public Uni<Void> release(Mutiny.Session session, long budgetId, BigDecimal amount) {
        return session.createNativeQuery("update subsidy_budget set used = used - :amount where id = :id")
                .setParameter("amount", amount).setParameter("id", budgetId).executeUpdate().replaceWithVoid();
    }

    private StoredVersion version(String province, Object[] row) {
        try {
            SubsidyPolicy policy = json.readValue((String) row[2], SubsidyPolicy.class);
            return new StoredVersion(new PolicyInEffect(province, ((Number) row[0]).intValue(),
                    LocalDate.parse((String) row[1]), policy), (String) row[3], Instant.parse((String) row[4]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("catalogue version of " + province + " is not readable", e);
        }
    }

    private static Budget budget(Object[] r) {
        return new Budget(((Number) r[0]).longValue(), ProgrammeKind.valueOf((String) r[1]), (String) r[2],
                ((Number) r[3]).intValue(), (BigDecimal) r[4], (BigDecimal) r[5]);
    }

    private String write(SubsidyPolicy policy) {
        try {
            return json.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
