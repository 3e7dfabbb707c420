package org.laborlink.training.targets;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.RegionCode;

import io.smallrye.mutiny.Uni;

/**
 * Training targets and how far a region is along them: per region and year the target number of trainees, and of
 * the workers whose home is in the region, how many got a place, completed and were certified, completion as a
 * percentage of the target. A region without its own target rolls up its sub-regions' (county to prefecture to
 * province). Officers and admins of the region read and set them; anyone else: 404.
 */
@Path("/api/v1/regions/{code}/training-targets")
public class TrainingTargetResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A target to set. */
    public record SetTarget(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull @Min(1) @Max(100_000_000) Integer target) {
    }

    /** One region's figures. {@code targetSetHere}: the region's own target, else the sum of its sub-regions'. */
    public record Figures(String region, String name, Integer target, boolean targetSetHere, long enrolled,
            long completed, long certified, Double completionPercent) {
    }

    /** Trainees of one poverty status. */
    public record ByPovertyStatus(String povertyStatus, long enrolled, long completed, long certified) {
    }

    /** The region's figures, by the trainees' poverty status, and its sub-regions'. */
    public record Report(int year, Figures total, List<ByPovertyStatus> byPovertyStatus, List<Figures> subRegions) {
    }

    private final Mutiny.SessionFactory sessions;
    private final AdministrativeDivisions divisions;
    private final Caller caller;

    public TrainingTargetResource(Mutiny.SessionFactory sessions, AdministrativeDivisions divisions, Caller caller) {
        this.sessions = sessions;
        this.divisions = divisions;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed({"officer", "admin"})
    public Uni<Report> set(@PathParam("code") String code, @Valid @NotNull SetTarget request) {
        scope(code);
        return sessions.withTransaction(session -> session.createNativeQuery("""
                        insert into training_target (region, year, target, set_by, set_at)
                        values (:region, :year, :target, :by, now())
                        on conflict (region, year) do update
                           set target = excluded.target, set_by = excluded.set_by, set_at = excluded.set_at""")
                        .setParameter("region", code).setParameter("year", request.year())
                        .setParameter("target", request.target()).setParameter("by", caller.subject()).executeUpdate())
                .chain(() -> report(code, request.year()));
    }

    @GET
    public Uni<Report> report(@PathParam("code") String code, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        RegionCode region = scope(code);
        int y = year == null ? LocalDate.now(CHINA).getYear() : year;
        String prefix = region.prefix();
        int subDigits = switch (region.level()) {
            case PROVINCE -> 4;
            case PREFECTURE, COUNTY -> 6;
        };
        return sessions.withSession(session -> session.createNativeQuery("""
                        select region, target from training_target where region like :prefix and year = :year""",
                        Object[].class)
                .setParameter("prefix", prefix + "%").setParameter("year", y).getResultList()
                .chain(targetRows -> session.createNativeQuery("""
                        select substr(household_region, 1, :digits), poverty_status,
                               count(*) filter (where placed_at >= :from and placed_at < :to),
                               count(*) filter (where status = 'COMPLETED' and ended_at >= :from and ended_at < :to),
                               count(*) filter (where status = 'COMPLETED' and assessed_level = 'CERTIFIED'
                                                 and ended_at >= :from and ended_at < :to)
                          from enrolment where household_region like :prefix group by 1, 2""", Object[].class)
                        .setParameter("digits", subDigits).setParameter("prefix", prefix + "%")
                        .setParameter("from", LocalDate.of(y, 1, 1).atStartOfDay(CHINA).toInstant())
                        .setParameter("to", LocalDate.of(y + 1, 1, 1).atStartOfDay(CHINA).toInstant())
                        .getResultList()
                        .map(counts -> build(region, y, subDigits, targetRows, counts))));
    }

    private Report build(RegionCode region, int year, int subDigits, List<Object[]> targetRows, List<Object[]> counts) {
        Map<String, Integer> explicit = new HashMap<>();
        targetRows.forEach(r -> explicit.put(((String) r[0]).strip(), ((Number) r[1]).intValue()));
        Map<String, long[]> bySub = new TreeMap<>();
        Map<String, long[]> byStatus = new TreeMap<>();
        long[] total = new long[3];
        for (Object[] r : counts) {
            String sub = pad((String) r[0]);
            long[] n = {((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue()};
            add(bySub.computeIfAbsent(sub, k -> new long[3]), n);
            add(byStatus.computeIfAbsent((String) r[1], k -> new long[3]), n);
            add(total, n);
        }
        List<Figures> subRegions = new ArrayList<>();
        if (region.level() != RegionCode.Level.COUNTY) {
            TreeSet<String> subs = new TreeSet<>(bySub.keySet());
            explicit.keySet().stream().filter(k -> !k.equals(region.value())).map(k -> pad(k.substring(0, subDigits)))
                    .forEach(subs::add);
            subs.remove(region.value());
            for (String sub : subs) {
                subRegions.add(figures(sub, explicit, bySub.getOrDefault(sub, new long[3])));
            }
        }
        return new Report(year, figures(region.value(), explicit, total), byStatus.entrySet().stream()
                .map(e -> new ByPovertyStatus(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList(),
                subRegions);
    }

    private Figures figures(String code, Map<String, Integer> explicit, long[] n) {
        Integer target = target(new RegionCode(code), explicit);
        Double percent = target == null ? null : Math.round(n[1] * 1000.0 / target) / 10.0;
        return new Figures(code, divisions.find(code).map(d -> d.name()).orElse(null), target,
                explicit.containsKey(code), n[0], n[1], n[2], percent);
    }

    /** The region's own target, else the sum of its sub-regions' (rolled up the same way); null when none is set. */
    private static Integer target(RegionCode region, Map<String, Integer> explicit) {
        if (explicit.containsKey(region.value())) {
            return explicit.get(region.value());
        }
        if (region.level() == RegionCode.Level.COUNTY) {
            return null;
        }
        int digits = region.level() == RegionCode.Level.PROVINCE ? 4 : 6;
        TreeSet<String> children = new TreeSet<>();
        explicit.keySet().stream().filter(k -> region.contains(k) && !k.equals(region.value()))
                .map(k -> pad(k.substring(0, digits))).filter(k -> !k.equals(region.value())).forEach(children::add);
        Integer sum = null;
        for (String child : children) {
            Integer t = target(new RegionCode(child), explicit);
            if (t != null) {
                sum = (sum == null ? 0 : sum) + t;
            }
        }
        return sum;
    }

    private RegionCode scope(String code) {
        if (!RegionCode.isWellFormed(code) || !caller.governs(code)) {
            throw ProblemException.notFound("training targets of region", code);
        }
        return new RegionCode(code);
    }

    private static String pad(String prefix) {
        return (prefix + "000000").substring(0, 6);
    }

    private static void add(long[] into, long[] n) {
        for (int i = 0; i < into.length; i++) {
            into[i] += n[i];
        }
    }
}
