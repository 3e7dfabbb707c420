package org.laborlink.jobs.rightscase.store;

import java.math.BigDecimal;
import java.time.Instant;
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

import io.smallrye.mutiny.Uni;

/**
 * A region's rights figures: the cases of work in it (or of one employer there) by type and status, amounts claimed
 * and recovered, overdue cases, the median days from filing to resolution, and the employers flagged now.
 */
@ApplicationScoped
public class RightsFigures {

    private static final String BY_TYPE_AND_STATUS = """
            select case_type, status, count(*), coalesce(sum(amount_claimed), 0), coalesce(sum(amount_recovered), 0),
                   count(*) filter (where status not in ('RESOLVED', 'REFERRED')
                                      and (resolve_by < :now or (status = 'FILED' and acknowledge_by < :now)))
            from rights_case where work_region like :scope and (:employer = '' or employer_id = :employer)
            group by 1, 2""";
    private static final String MEDIAN_DAYS = """
            select cast(percentile_cont(0.5) within group (order by extract(epoch from closed_at - filed_at) / 86400)
                   as numeric(10, 1))
            from rights_case where work_region like :scope and (:employer = '' or employer_id = :employer)
              and status = 'RESOLVED'""";
    private static final String FLAGGED = """
            select count(distinct w.employer_id) from employer_warning w join employer e on cast(e.id as varchar) = w.employer_id
            where w.cleared_at is null and e.region like :scope and (:employer = '' or w.employer_id = :employer)""";

    public Uni<RightsFiguresView> of(Mutiny.Session session, String region, String prefix, String employerId, Instant now) {
        String employer = employerId == null ? "" : employerId;
        return session.createNativeQuery(BY_TYPE_AND_STATUS, Object[].class).setParameter("scope", prefix + "%")
                .setParameter("employer", employer).setParameter("now", now).getResultList()
                .chain(rows -> session.createNativeQuery(MEDIAN_DAYS, BigDecimal.class).setParameter("scope", prefix + "%")
                        .setParameter("employer", employer).getSingleResultOrNull()
                        .chain(median -> session.createNativeQuery(FLAGGED, Long.class).setParameter("scope", prefix + "%")
                                .setParameter("employer", employer).getSingleResult()
                                .map(flagged -> figures(region, employerId, rows, median, flagged))));
    }

    private static RightsFiguresView figures(String region, String employerId, List<Object[]> rows, BigDecimal median,
            long flagged) {
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
        return new RightsFiguresView(region, employerId, total, byStatus, overdue, recovered, median, flagged, byType);
    }
}
