package org.laborlink.jobs.hiring.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.hiring.api.HiringViews.StableEmploymentFigures.ByOrigin;
import org.laborlink.jobs.hiring.api.HiringViews.StableEmploymentFigures;
import org.laborlink.platform.time.PlatformCalendar;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * How stable employment is, from the employment records: of the hires that began at least 3 (6) months ago, how many
 * stayed 3 (6) months; and retention across a period such as the Spring Festival: of the records active on
 * {@code from}, how many are still active on {@code to}, by the workers' home province.
 */
@ApplicationScoped
public class StableEmploymentStore {

    private static final String FIGURES = """
            select substr(household_region, 1, 2) || '0000',
                   count(*),
                   count(*) filter (where cast(start_date + interval '3 months' as date) <= cast(:today as date)),
                   count(*) filter (where cast(start_date + interval '3 months' as date) <= cast(:today as date)
                                      and coalesce(end_date, cast(:today as date)) >= cast(start_date + interval '3 months' as date)),
                   count(*) filter (where cast(start_date + interval '6 months' as date) <= cast(:today as date)),
                   count(*) filter (where cast(start_date + interval '6 months' as date) <= cast(:today as date)
                                      and coalesce(end_date, cast(:today as date)) >= cast(start_date + interval '6 months' as date)),
                   count(*) filter (where start_date <= cast(:from as date) and (end_date is null or end_date >= cast(:from as date))),
                   count(*) filter (where start_date <= cast(:from as date) and (end_date is null or end_date >= cast(:to as date)))
            from employment
            where %s
            group by 1 order by 1""";

    /** Figures for one employer's records. */
    public Uni<StableEmploymentFigures> ofEmployer(String employerId, LocalDate from, LocalDate to) {
        return figures("employer_id = :scope", employerId, from, to);
    }

    /** Figures for the records of workers whose household is in a region (by code prefix). */
    public Uni<StableEmploymentFigures> ofOrigin(String regionPrefix, LocalDate from, LocalDate to) {
        return figures("household_region like :scope", regionPrefix + "%", from, to);
    }

    private Uni<StableEmploymentFigures> figures(String where, String scope, LocalDate from, LocalDate to) {
        LocalDate today = PlatformCalendar.today();
        return Panache.getSession().chain(session -> session.createNativeQuery(FIGURES.formatted(where), Object[].class)
                .setParameter("scope", scope).setParameter("today", today).setParameter("from", from)
                .setParameter("to", to).getResultList())
                .map(rows -> {
                    List<ByOrigin> origins = new ArrayList<>();
                    long[] total = new long[7];
                    for (Object[] row : rows) {
                        long[] n = new long[7];
                        for (int i = 0; i < 7; i++) {
                            n[i] = ((Number) row[i + 1]).longValue();
                            total[i] += n[i];
                        }
                        origins.add(ByOrigin.of((String) row[0], n));
                    }
                    return StableEmploymentFigures.of(from, to, total, origins);
                });
    }
}
