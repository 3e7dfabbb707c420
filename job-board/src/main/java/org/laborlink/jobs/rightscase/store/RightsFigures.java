package org.laborlink.jobs.rightscase.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.rights.RightsCaseChanged.CaseStatus;
import org.laborlink.events.rights.RightsCaseChanged.CaseType;
import org.laborlink.jobs.rightscase.api.RightsCaseViews.RightsFiguresView;
import org.laborlink.jobs.rightscase.api.RightsCaseViews.TypeFigures;
import org.laborlink.platform.time.PlatformCalendar;

import io.smallrye.mutiny.Uni;

/**
 * Rights figures: the cases of work in a region (or of one employer there), or of the workers whose household is in
 * it, by type and status, amounts claimed and recovered, overdue cases, the median days from filing to resolution,
 * and the employers flagged now (in the region; employing its people, for the home side; for a partner, only those
 * employing its province's people). Optionally only the cases
 * filed in a period, and only of the workers of one province (a partner's view).
 */
@ApplicationScoped
public class RightsFigures {

    /** Which cases: by the region of the work, or of the worker's household. */
    public enum Side {
        WORK("work_region"), HOME("household_region");

        /** The side named in a request ({@code work} or {@code home}), or null. */
        public static Side named(String name) {
            return switch (name) {
                case "work" -> WORK;
                case "home" -> HOME;
                default -> null;
            };
        }

        final String column;

        Side(String column) {
            this.column = column;
        }
    }

    /**
     * The cases counted: {@code side} in the region of {@code prefix}; of one employer ({@code employerId}, or null);
     * of workers whose household starts with {@code workersOf} ("" for all); filed on the days from {@code from} to
     * {@code to} (China's calendar; either null for no bound).
     */
    public record Scope(String region, String prefix, Side side, String employerId, String workersOf, LocalDate from,
            LocalDate to) {

        Instant since() {
            return from == null ? Instant.EPOCH : PlatformCalendar.startOf(from);
        }

        Instant until() {
            return to == null ? Instant.parse("9999-01-01T00:00:00Z") : PlatformCalendar.endOf(to);
        }
    }


    private static final String WHERE = """
            from rights_case where %s like :scope and (:employer = '' or employer_id = :employer)
              and household_region like :workers and filed_at >= :from and filed_at < :until""";
    private static final String BY_TYPE_AND_STATUS = """
            select case_type, status, count(*), coalesce(sum(amount_claimed), 0), coalesce(sum(amount_recovered), 0),
                   count(*) filter (where status not in ('RESOLVED', 'REFERRED')
                                      and (resolve_by < :now or (status = 'FILED' and acknowledge_by < :now)))
            """ + WHERE + " group by 1, 2";
    private static final String MEDIAN_DAYS = """
            select cast(percentile_cont(0.5) within group (order by extract(epoch from closed_at - filed_at) / 86400)
                   as numeric(10, 1))
            """ + WHERE + " and status = 'RESOLVED'";
    private static final String FLAGGED_IN_REGION = """
            select count(distinct w.employer_id) from employer_warning w join employer e on cast(e.id as varchar) = w.employer_id
            where w.cleared_at is null and e.region like :scope and (:employer = '' or w.employer_id = :employer)
              and (:workers = '%' or exists (select 1 from employment m where m.employer_id = w.employer_id
                     and m.end_date is null and m.household_region like :workers))""";
    private static final String FLAGGED_EMPLOYING_ITS_PEOPLE = """
            select count(distinct w.employer_id) from employer_warning w
            where w.cleared_at is null and (:employer = '' or w.employer_id = :employer)
              and exists (select 1 from employment m where m.employer_id = w.employer_id and m.end_date is null
                            and m.household_region like :scope and m.household_region like :workers)""";

    public Uni<RightsFiguresView> of(Mutiny.Session session, Scope scope, Instant now) {
        String employer = scope.employerId() == null ? "" : scope.employerId();
        String where = scope.side().column;
        var byType = session.createNativeQuery(BY_TYPE_AND_STATUS.formatted(where), Object[].class).setParameter("now", now);
        var median = session.createNativeQuery(MEDIAN_DAYS.formatted(where), BigDecimal.class);
        for (var q : List.of(byType, median)) {
            q.setParameter("scope", scope.prefix() + "%").setParameter("employer", employer)
                    .setParameter("workers", scope.workersOf() + "%").setParameter("from", scope.since())
                    .setParameter("until", scope.until());
        }
        var flagged = session.createNativeQuery(scope.side() == Side.WORK ? FLAGGED_IN_REGION : FLAGGED_EMPLOYING_ITS_PEOPLE,
                Long.class).setParameter("workers", scope.workersOf() + "%");
        flagged.setParameter("scope", scope.prefix() + "%").setParameter("employer", employer);
        return byType.getResultList().chain(rows -> median.getSingleResultOrNull()
                .chain(days -> flagged.getSingleResult()
                        .map(count -> figures(scope, rows, days, count))));
    }

    private static RightsFiguresView figures(Scope scope, List<Object[]> rows, BigDecimal median, long flagged) {
        Map<CaseType, long[]> counts = new EnumMap<>(CaseType.class);
        Map<CaseType, BigDecimal[]> money = new EnumMap<>(CaseType.class);
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        long total = 0;
        long overdue = 0;
        BigDecimal recovered = BigDecimal.ZERO;
        for (Object[] row : rows) {
            CaseType type = CaseType.valueOf((String) row[0]);
            CaseStatus status = CaseStatus.valueOf((String) row[1]);
            long n = ((Number) row[2]).longValue();
            long late = ((Number) row[5]).longValue();
            long[] c = counts.computeIfAbsent(type, k -> new long[4]);
            BigDecimal[] m = money.computeIfAbsent(type, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            c[0] += n;
            c[1] += status == CaseStatus.RESOLVED || status == CaseStatus.REFERRED ? 0 : n;
            c[2] += status == CaseStatus.RESOLVED ? n : 0;
            c[3] += late;
            m[0] = m[0].add((BigDecimal) row[3]);
            m[1] = m[1].add((BigDecimal) row[4]);
            byStatus.merge(status, n, Long::sum);
            total += n;
            overdue += late;
            recovered = recovered.add((BigDecimal) row[4]);
        }
        List<TypeFigures> byType = new ArrayList<>();
        counts.forEach((type, c) -> byType.add(new TypeFigures(type, c[0], c[1], c[2], c[3], money.get(type)[0],
                money.get(type)[1])));
        return new RightsFiguresView(scope.region(), scope.side(), scope.employerId(),
                scope.workersOf().isEmpty() ? "all" : scope.workersOf() + "0000", scope.from(), scope.to(), total,
                byStatus, overdue, recovered, median, flagged, byType);
    }
}
