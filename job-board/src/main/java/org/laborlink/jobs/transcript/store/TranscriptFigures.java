package org.laborlink.jobs.transcript.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.jobs.transcript.api.TranscriptViews.AssistedEmployers;
import org.laborlink.jobs.transcript.api.TranscriptViews.ByPovertyStatus;
import org.laborlink.jobs.transcript.api.TranscriptViews.FairTotals;
import org.laborlink.jobs.transcript.api.TranscriptViews.FairsHeldIn;
import org.laborlink.jobs.transcript.api.TranscriptViews.Prefecture;
import org.laborlink.jobs.transcript.api.TranscriptViews.Province;
import org.laborlink.jobs.transcript.api.TranscriptViews.Side;
import org.laborlink.jobs.transcript.api.TranscriptViews.Stays;

import io.smallrye.mutiny.Uni;

/**
 * The transcript's figures from job-board's own records, each one query: employment records active in a period,
 * counted by where the workers come from (the destination side) or where they work (the origin side), those in work
 * at its end, with 3- and 6-month stays worked out the way the stable-employment figures do; what the fairs of a set drew; the assisted
 * employers of a region. Region scopes are code prefixes ("33" Zhejiang, "3301" Hangzhou); {@code whose} narrows
 * the workers to a household prefix ("" for everyone).
 */
@ApplicationScoped
public class TranscriptFigures {

    /** Which end of the records a side is counted at, and which end it is grouped by. */
    public enum Direction {
        /** Records of work in the region, by the workers' home province and prefecture. */
        DESTINATION("work_region", "household_region"),
        /** Records of the region's workers, by the province and city they work in. */
        ORIGIN("household_region", "work_region");

        final String scopeColumn;
        final String groupColumn;

        Direction(String scopeColumn, String groupColumn) {
            this.scopeColumn = scopeColumn;
            this.groupColumn = groupColumn;
        }
    }

    /**
     * One side's records, grouped by the other end's division (a county) and poverty status: few groups, so
     * PostgreSQL aggregates in parallel, and the rollups to prefectures and provinces are sums made here. 3 and 6
     * months are calendar months, as in the stable-employment figures.
     */
    private static final String STAYS = """
            select %2$s, poverty_status, count(*),
                   count(*) filter (where start_date <= :asOf and (end_date is null or end_date >= :asOf)),
                   count(*) filter (where cast(start_date + interval '3 months' as date) <= :asOf),
                   count(*) filter (where cast(start_date + interval '3 months' as date) <= :asOf
                                      and coalesce(end_date, :asOf) >= cast(start_date + interval '3 months' as date)),
                   count(*) filter (where cast(start_date + interval '6 months' as date) <= :asOf),
                   count(*) filter (where cast(start_date + interval '6 months' as date) <= :asOf
                                      and coalesce(end_date, :asOf) >= cast(start_date + interval '6 months' as date))
            from employment
            where %1$s like :scope and household_region like :whose
              and start_date <= :to and (end_date is null or end_date >= :from)
            group by 1, 2""";

    /**
     * What a set of fairs drew, the set given as a query of fair ids and host regions ({@code %s}). Each posting,
     * employer and worker counts once across the set.
     */
    private static final String FAIRS = """
            with fairs as (%s),
                 offered as (select distinct p.id, p.employer_id, p.headcount, substr(f.region, 1, 4) || '00' as host
                             from job_fair_posting fp join posting p on p.id = fp.posting_id join fairs f on f.id = fp.fair_id),
                 intentions as (select a.worker_id, a.status, substr(f.region, 1, 4) || '00' as host
                                from application a join fairs f on f.id = a.fair_id)
            select null, (select count(*) from fairs),
                   (select count(distinct employer_id) from offered), (select count(distinct id) from offered),
                   (select coalesce(sum(headcount), 0) from (select distinct id, headcount from offered) o),
                   (select count(*) from intentions), (select count(distinct worker_id) from intentions),
                   (select count(distinct worker_id) from intentions where status = 'HIRED')
            union all
            select h.host, (select count(*) from fairs f where substr(f.region, 1, 4) || '00' = h.host),
                   (select count(distinct employer_id) from offered o where o.host = h.host), 0,
                   (select coalesce(sum(headcount), 0) from offered o where o.host = h.host),
                   (select count(*) from intentions i where i.host = h.host), 0,
                   (select count(distinct worker_id) from intentions i where i.host = h.host and status = 'HIRED')
            from (select distinct substr(region, 1, 4) || '00' as host from fairs) h""";

    private static final String EMPLOYERS = """
            select (select count(*) from employer where region like :scope and standing = 'VERIFIED' and labour_input_base),
                   count(*) filter (where r.labour_input_base),
                   (select count(*) from employer where region like :scope and standing = 'VERIFIED' and poverty_alleviation_workshop),
                   count(*) filter (where r.poverty_alleviation_workshop),
                   (select count(*) from employer where region like :scope and standing = 'VERIFIED' and helping_company),
                   count(*) filter (where r.helping_company)
            from employer r join employment e on e.employer_id = cast(r.id as varchar)
            where r.region like :scope and r.standing = 'VERIFIED'
              and (r.labour_input_base or r.poverty_alleviation_workshop or r.helping_company)
              and e.household_region like :whose and e.start_date <= :to and (e.end_date is null or e.end_date >= :from)""";

    /**
     * Readies the transaction for the scans of up to millions of records that follow: PostgreSQL plans each query for
     * its own regions (a generic plan cannot use the indexes for a LIKE prefix) and skips JIT compilation, which costs
     * more than it saves at this size.
     */
    public Uni<Void> readingMany(Mutiny.Session session) {
        return session.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate()
                .chain(() -> session.createNativeQuery("set local jit = off").executeUpdate()).replaceWithVoid();
    }

    /** One side of the transcript for the region {@code scope}, of the workers {@code whose}. */
    public Uni<Side> side(Mutiny.Session session, Direction direction, String scope, String whose, LocalDate from,
            LocalDate to, LocalDate today, Function<String, String> names) {
        LocalDate asOf = to.isBefore(today) ? to : today;
        return session.createNativeQuery(STAYS.formatted(direction.scopeColumn, direction.groupColumn), Object[].class)
                .setParameter("scope", scope + "%").setParameter("whose", whose + "%")
                .setParameter("from", from).setParameter("to", to).setParameter("asOf", asOf)
                .getResultList().map(rows -> side(rows, names));
    }

    private static Side side(List<Object[]> rows, Function<String, String> names) {
        long[] total = new long[6];
        Map<String, long[]> byPoverty = new TreeMap<>();
        Map<String, long[]> provinces = new TreeMap<>();
        Map<String, Map<String, long[]>> provincePoverty = new TreeMap<>();
        Map<String, long[]> prefectures = new TreeMap<>();
        Map<String, Map<String, long[]>> prefecturePoverty = new TreeMap<>();
        for (Object[] row : rows) {
            String county = ((String) row[0]).strip();
            String poverty = row[1] == null ? "UNKNOWN" : (String) row[1];
            String province = county.substring(0, 2) + "0000";
            String prefecture = county.substring(0, 4) + "00";
            long[] n = new long[6];
            for (int i = 0; i < 6; i++) {
                n[i] = ((Number) row[i + 2]).longValue();
            }
            add(total, n);
            add(byPoverty.computeIfAbsent(poverty, k -> new long[6]), n);
            add(provinces.computeIfAbsent(province, k -> new long[6]), n);
            add(provincePoverty.computeIfAbsent(province, k -> new TreeMap<>()).computeIfAbsent(poverty, k -> new long[6]), n);
            add(prefectures.computeIfAbsent(prefecture, k -> new long[6]), n);
            add(prefecturePoverty.computeIfAbsent(prefecture, k -> new TreeMap<>()).computeIfAbsent(poverty, k -> new long[6]), n);
        }
        List<Province> byProvince = new ArrayList<>();
        provinces.forEach((province, n) -> byProvince.add(new Province(province, names.apply(province), Stays.of(n),
                byPoverty(provincePoverty.get(province)),
                prefectures.entrySet().stream().filter(p -> p.getKey().startsWith(province.substring(0, 2)))
                        .map(p -> new Prefecture(p.getKey(), names.apply(p.getKey()), Stays.of(p.getValue()),
                                byPoverty(prefecturePoverty.get(p.getKey()))))
                        .toList())));
        return new Side(Stays.of(total), byPoverty(byPoverty), byProvince);
    }

    private static List<ByPovertyStatus> byPoverty(Map<String, long[]> figures) {
        return figures.entrySet().stream().map(e -> new ByPovertyStatus(e.getKey(), Stays.of(e.getValue()))).toList();
    }

    private static void add(long[] sum, long[] n) {
        for (int i = 0; i < n.length; i++) {
            sum[i] += n[i];
        }
    }

    /**
     * The fairs organised by offices inside {@code organisers} (a prefix, "" for any), held in one of
     * {@code hostRegions} (prefixes), on some day of the period.
     */
    public Uni<FairTotals> fairsHeld(Mutiny.Session session, String organisers, List<String> hostRegions,
            LocalDate from, LocalDate to, Function<String, String> names) {
        if (hostRegions.isEmpty()) {
            return Uni.createFrom().item(new FairTotals(0, 0, 0, 0, 0, 0, 0, List.of()));
        }
        StringBuilder hosts = new StringBuilder();
        for (int i = 0; i < hostRegions.size(); i++) {
            hosts.append(i == 0 ? "" : " or ").append("region like :host").append(i);
        }
        var query = session.createNativeQuery(FAIRS.formatted("select id, region from job_fair where organiser_region like "
                + ":organisers and (" + hosts + ") and starts_on <= :to and ends_on >= :from"), Object[].class)
                .setParameter("organisers", organisers + "%").setParameter("from", from).setParameter("to", to);
        for (int i = 0; i < hostRegions.size(); i++) {
            query.setParameter("host" + i, hostRegions.get(i) + "%");
        }
        return query.getResultList().map(rows -> fairTotals(rows, names));
    }

    /** What the fairs of a campaign drew. */
    public Uni<FairTotals> fairsOfCampaign(Mutiny.Session session, UUID campaignId, Function<String, String> names) {
        return session.createNativeQuery(FAIRS.formatted("select id, region from job_fair where campaign_id = :campaign"),
                Object[].class).setParameter("campaign", campaignId).getResultList().map(rows -> fairTotals(rows, names));
    }

    private static FairTotals fairTotals(List<Object[]> rows, Function<String, String> names) {
        long[] total = new long[7];
        List<FairsHeldIn> hosts = new ArrayList<>();
        for (Object[] row : rows) {
            long[] n = new long[7];
            for (int i = 0; i < 7; i++) {
                n[i] = ((Number) row[i + 1]).longValue();
            }
            if (row[0] == null) {
                total = n;
            } else {
                String host = (String) row[0];
                hosts.add(new FairsHeldIn(host, names.apply(host), n[0], n[1], n[3], n[4], n[6]));
            }
        }
        hosts.sort(Comparator.comparing(FairsHeldIn::region));
        return new FairTotals(total[0], total[1], total[2], total[3], total[4], total[5], total[6], hosts);
    }

    /** The region's labour input bases, workshops and helping companies, and their records of the workers {@code whose}. */
    public Uni<AssistedEmployers> assistedEmployers(Mutiny.Session session, String scope, String whose, LocalDate from,
            LocalDate to) {
        return session.createNativeQuery(EMPLOYERS, Object[].class).setParameter("scope", scope + "%")
                .setParameter("whose", whose + "%").setParameter("from", from).setParameter("to", to)
                .getSingleResult().map(r -> new AssistedEmployers(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
