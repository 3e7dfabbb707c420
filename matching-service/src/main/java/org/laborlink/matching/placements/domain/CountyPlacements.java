package org.laborlink.matching.placements.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a county's history says of the work its workers take: for each occupation group and each work prefecture
 * where they applied and were hired, an affinity from 0 to 1 (1 for the county's most frequent), learned from the
 * outcomes in the placement indexes ({@link PlacementDocument}). No single party can move it far: one employer's
 * outcomes count at most {@value #PER_EMPLOYER} in a group or prefecture, and one worker's at most one; and a county
 * says nothing ({@link #known} false, "unknown" in the reasons) until {@value #LEAST_WORKERS} workers with
 * {@value #LEAST_EMPLOYERS} employers have outcomes there. Affinities are multiples of 1/64, which a float holds
 * exactly: OpenSearch's boosts and the Java score agree to the bit.
 */
public record CountyPlacements(String county, long workers, long employers, Map<String, Double> occupationGroups,
        Map<String, Double> workPrefectures) {

    public static final double PER_EMPLOYER = 2.0;
    public static final int LEAST_WORKERS = 5;
    public static final int LEAST_EMPLOYERS = 3;
    /** How many groups and prefectures a county's affinities name at most (the best). */
    public static final int NAMED_AT_MOST = 10;
    /** Affinities below this are left out. */
    static final double LEAST_AFFINITY = 0.1;
    /** A list stands while no affinity of its county moved this much since it was ranked. */
    static final double MOVED = 1 / 16.0;

    /** One group or prefecture of a county: the outcomes' weights summed per employer, and its distinct workers. */
    public record Cell(String key, Map<String, Double> weightByEmployer, long workers) {

        /** The cell's worth with the caps applied: each employer's sum within 0 and the cap, no more than its workers. */
        double capped() {
            double employers = weightByEmployer.values().stream().mapToDouble(w -> Math.max(0, Math.min(PER_EMPLOYER, w))).sum();
            return Math.min(employers, workers);
        }
    }

    public static CountyPlacements none(String county) {
        return new CountyPlacements(county, 0, 0, Map.of(), Map.of());
    }

    public static CountyPlacements of(String county, long workers, long employers, List<Cell> groups,
            List<Cell> prefectures) {
        if (workers < LEAST_WORKERS || employers < LEAST_EMPLOYERS) {
            return new CountyPlacements(county, workers, employers, Map.of(), Map.of());
        }
        return new CountyPlacements(county, workers, employers, affinities(groups), affinities(prefectures));
    }

    public boolean known() {
        return workers >= LEAST_WORKERS && employers >= LEAST_EMPLOYERS;
    }

    /**
     * Whether a list ranked with these placements still stands beside {@code now}: known the same way, and no
     * affinity moved by {@value #MOVED} or more (a county's history grows with every application; its lists are
     * ranked again when it says something new, not at every outcome).
     */
    public boolean closeTo(CountyPlacements now) {
        return known() == now.known() && close(occupationGroups, now.occupationGroups)
                && close(workPrefectures, now.workPrefectures);
    }

    private static boolean close(Map<String, Double> a, Map<String, Double> b) {
        for (String key : a.keySet()) {
            if (Math.abs(a.get(key) - b.getOrDefault(key, 0.0)) >= MOVED) {
                return false;
            }
        }
        for (String key : b.keySet()) {
            if (Math.abs(b.get(key) - a.getOrDefault(key, 0.0)) >= MOVED) {
                return false;
            }
        }
        return true;
    }

    public double occupationGroup(String group) {
        return group == null ? 0 : occupationGroups.getOrDefault(group, 0.0);
    }

    public double workPrefecture(String prefecture) {
        return prefecture == null ? 0 : workPrefectures.getOrDefault(prefecture, 0.0);
    }

    private static Map<String, Double> affinities(List<Cell> cells) {
        double best = cells.stream().mapToDouble(Cell::capped).max().orElse(0);
        Map<String, Double> affinities = new LinkedHashMap<>();
        if (best <= 0) {
            return affinities;
        }
        cells.stream().sorted(Comparator.comparingDouble(Cell::capped).reversed().thenComparing(Cell::key))
                .map(c -> Map.entry(c.key(), Math.round(c.capped() / best * 64) / 64.0))
                .filter(e -> e.getValue() >= LEAST_AFFINITY).limit(NAMED_AT_MOST)
                .forEach(e -> affinities.put(e.getKey(), e.getValue()));
        return affinities;
    }
}
