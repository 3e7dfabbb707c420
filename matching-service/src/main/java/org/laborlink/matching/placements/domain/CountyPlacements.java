package org.laborlink.matching.placements.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a county's history says of the work its workers take: for each occupation group and each work prefecture
 * where they applied and were hired, an affinity from 0 to 1 (1 for the county's most frequent), learned from the
 * outcomes in the placement indexes ({@link PlacementDocument}). No single party can move it far: one employer's
 * outcomes count at most {@value #PER_EMPLOYER} in a group or prefecture, and one worker's at most {@value #PER_WORKER}; and a county
 * says nothing ({@link #known} false, "unknown" in the reasons) until {@value #LEAST_WORKERS} workers with
 * {@value #LEAST_EMPLOYERS} employers have outcomes there. Affinities are multiples of 1/64, which a float holds
 * exactly: OpenSearch's boosts and the Java score agree to the bit.
 */
public record CountyPlacements(String county, long workers, long employers, Map<String, Double> occupationGroups,
        Map<String, Double> workPrefectures, Instant readAt) {

    public static final double PER_EMPLOYER = 2.0;
    public static final double PER_WORKER = 1.0;
    public static final int LEAST_WORKERS = 5;
    public static final int LEAST_EMPLOYERS = 3;
    /** How many groups and prefectures a county's affinities name at most (the best). */
    public static final int NAMED_AT_MOST = 10;
    /** Affinities below this are left out. */
    static final double LEAST_AFFINITY = 0.1;
    /** A list stands while no affinity of its county moved this much since it was ranked. */
    static final double MOVED = 1 / 16.0;

    /** One group or prefecture of a county: the outcomes' weights summed per employer and per worker. */
    public record Cell(String key, Map<String, Double> weightByEmployer, Map<String, Double> weightByWorker) {

        /**
         * The cell's worth with the caps applied: the employers' sums, each held within 0 and {@value #PER_EMPLOYER},
         * and the workers' sums, each within 0 and {@value #PER_WORKER}; the smaller of the two totals.
         */
        double capped() {
            return Math.min(sum(weightByEmployer, PER_EMPLOYER), sum(weightByWorker, PER_WORKER));
        }

        private static double sum(Map<String, Double> weights, double cap) {
            return weights.values().stream().mapToDouble(w -> Math.max(0, Math.min(cap, w))).sum();
        }
    }

    /** Nothing known of the county (read at the epoch: any read since is newer). */
    public static CountyPlacements none(String county) {
        return new CountyPlacements(county, 0, 0, Map.of(), Map.of(), Instant.EPOCH);
    }

    /** The county's outcomes as read at {@code readAt}. */
    public static CountyPlacements of(String county, long workers, long employers, List<Cell> groups,
            List<Cell> prefectures, Instant readAt) {
        if (workers < LEAST_WORKERS || employers < LEAST_EMPLOYERS) {
            return new CountyPlacements(county, workers, employers, Map.of(), Map.of(), readAt);
        }
        return new CountyPlacements(county, workers, employers, affinities(groups), affinities(prefectures), readAt);
    }

    public boolean known() {
        return workers >= LEAST_WORKERS && employers >= LEAST_EMPLOYERS;
    }

    /**
     * Whether a list ranked with these placements still stands beside {@code now}: {@code now} was read no later
     * (an instance that read the county earlier than the one that ranked the list does not rank it back), or it is
     * known the same way and no affinity moved by {@value #MOVED} or more (a county's history grows with every
     * application; its lists are ranked again when it says something new, not at every outcome).
     */
    public boolean standsBeside(CountyPlacements now) {
        Instant mine = readAt == null ? Instant.EPOCH : readAt; // a list kept before reads were dated
        return (now.readAt != null && !now.readAt.isAfter(mine)) || (known() == now.known() && close(occupationGroups, now.occupationGroups)
                && close(workPrefectures, now.workPrefectures));
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
