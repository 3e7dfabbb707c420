package org.laborlink.training.targets.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.training.targets.domain.TargetProgress;

import io.smallrye.mutiny.Uni;

/** Training targets per region and year, and the enrolments counted against them. */
@ApplicationScoped
public class TrainingTargetStore {

    /** Sets (or replaces) the region's target for the year. */
    public Uni<Void> set(Mutiny.Session session, String region, int year, int target, String by, Instant at) {
        return session.createNativeQuery("""
                insert into training_target (region, year, target, set_by, set_at)
                values (:region, :year, :target, :by, :at)
                on conflict (region, year) do update
                   set target = excluded.target, set_by = excluded.set_by, set_at = excluded.set_at""")
                .setParameter("region", region).setParameter("year", year)
                .setParameter("target", target).setParameter("by", by).setParameter("at", at).executeUpdate()
                .replaceWithVoid();
    }

    /** The targets set for the year in the region and below it, by region code. */
    public Uni<Map<String, Integer>> targets(Mutiny.Session session, String prefix, int year) {
        return session.createNativeQuery("select region, target from training_target where region like :prefix and year = :year",
                Object[].class).setParameter("prefix", prefix + "%").setParameter("year", year).getResultList()
                .map(rows -> {
                    Map<String, Integer> explicit = new HashMap<>();
                    rows.forEach(r -> explicit.put(((String) r[0]).strip(), ((Number) r[1]).intValue()));
                    return explicit;
                });
    }

    /** Trainees whose home is under the prefix, by sub-region (the first {@code digits}) and poverty status. */
    public Uni<List<TargetProgress.Count>> counts(Mutiny.Session session, String prefix, int digits, Instant from, Instant to) {
        return session.createNativeQuery("""
                select substr(household_region, 1, :digits), poverty_status,
                       count(*) filter (where placed_at >= :from and placed_at < :to),
                       count(*) filter (where status = 'COMPLETED' and ended_at >= :from and ended_at < :to),
                       count(*) filter (where status = 'COMPLETED' and assessed_level = 'CERTIFIED'
                                         and ended_at >= :from and ended_at < :to)
                  from enrolment where household_region like :prefix group by 1, 2""", Object[].class)
                .setParameter("digits", digits).setParameter("prefix", prefix + "%")
                .setParameter("from", from).setParameter("to", to)
                .getResultList()
                .map(rows -> rows.stream().map(r -> new TargetProgress.Count((String) r[0], (String) r[1],
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList());
    }
}
