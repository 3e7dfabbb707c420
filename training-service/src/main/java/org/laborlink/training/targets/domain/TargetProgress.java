package org.laborlink.training.targets.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.laborlink.platform.reference.RegionCode;

/**
 * How far a region is along its training target in a year: of the workers whose home is in the region, how many got
 * a place, completed and were certified, completion as a percentage of the target. A region without its own target
 * rolls up its sub-regions' (county to prefecture to province).
 */
public final class TargetProgress {

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

    /** Trainees of one sub-region (a code prefix) and poverty status, counted in the year. */
    public record Count(String subRegion, String povertyStatus, long enrolled, long completed, long certified) {
    }

    private TargetProgress() {
    }

    /** The digits that name a sub-region of the region: prefectures of a province, counties of a prefecture. */
    public static int subRegionDigits(RegionCode region) {
        return switch (region.level()) {
            case PROVINCE -> 4;
            case PREFECTURE, COUNTY -> 6;
        };
    }

    /** The region's report from the targets set under it ({@code explicit}) and the trainees counted. */
    public static Report of(RegionCode region, int year, Map<String, Integer> explicit, List<Count> counts,
            Function<String, String> names) {
        int subDigits = subRegionDigits(region);

        Map<String, long[]> bySub = new TreeMap<>();
        Map<String, long[]> byStatus = new TreeMap<>();
        long[] total = new long[3];
        for (Count c : counts) {
            String sub = pad(c.subRegion());
            long[] n = {c.enrolled(), c.completed(), c.certified()};
            add(bySub.computeIfAbsent(sub, k -> new long[3]), n);
            add(byStatus.computeIfAbsent(c.povertyStatus(), k -> new long[3]), n);
            add(total, n);
        }
        List<Figures> subRegions = new ArrayList<>();
        if (region.level() != RegionCode.Level.COUNTY) {
            TreeSet<String> subs = new TreeSet<>(bySub.keySet());
            explicit.keySet().stream().filter(k -> !k.equals(region.value())).map(k -> pad(k.substring(0, subDigits)))
                    .forEach(subs::add);
            subs.remove(region.value());
            for (String sub : subs) {
                subRegions.add(figures(sub, names, explicit, bySub.getOrDefault(sub, new long[3])));
            }
        }
        return new Report(year, figures(region.value(), names, explicit, total), byStatus.entrySet().stream()
                .map(e -> new ByPovertyStatus(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList(),
                subRegions);
    }

    private static Figures figures(String code, Function<String, String> names, Map<String, Integer> explicit, long[] n) {
        Integer target = target(new RegionCode(code), explicit);
        Double percent = target == null ? null : Math.round(n[1] * 1000.0 / target) / 10.0;
        return new Figures(code, names.apply(code), target,
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

    private static String pad(String prefix) {
        return (prefix + "000000").substring(0, 6);
    }

    private static void add(long[] into, long[] n) {
        for (int i = 0; i < into.length; i++) {
            into[i] += n[i];
        }
    }
}
