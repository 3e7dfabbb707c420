package org.laborlink.matching.placements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.matching.placements.domain.CountyPlacements;
import org.laborlink.matching.placements.domain.CountyPlacements.Cell;

/** What a county's outcomes add up to, and how little one employer or one worker can move it. */
@Tag("unit")
class CountyPlacementsTest {

    static final Instant READ = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void theMostFrequentGroupIsOneAndTheOthersInProportion() {
        CountyPlacements learned = CountyPlacements.of("522601", 12, 6,
                List.of(cell("4-10", Map.of("e1", 2.0, "e2", 2.0), 4), cell("6-28", Map.of("e3", 1.0, "e4", 1.0), 2)),
                List.of(cell("330100", Map.of("e1", 1.0), 1)), READ);
        assertTrue(learned.known());
        assertEquals(1.0, learned.occupationGroup("4-10"));
        assertEquals(0.5, learned.occupationGroup("6-28"));
        assertEquals(0.0, learned.occupationGroup("2-02"));
        assertEquals(1.0, learned.workPrefecture("330100"));
    }

    @Test
    void oneEmployerCountsAtMostTwiceAndOneWorkerOnce() {
        // one employer claims 200 hires in 6-28; four employers hired four workers in 4-10
        CountyPlacements flooded = CountyPlacements.of("522601", 20, 5,
                List.of(cell("6-28", Map.of("flood", 200.0), 200), cell("4-10",
                        Map.of("e1", 1.0, "e2", 1.0, "e3", 1.0, "e4", 1.0), 4)), List.of(), READ);
        assertEquals(1.0, flooded.occupationGroup("4-10"));
        assertEquals(0.5, flooded.occupationGroup("6-28"), "capped at two of four");
        // one worker applying to forty employers' postings counts once, beside others in the same cell
        Map<String, Double> employers = new HashMap<>(Map.of("e1", 1.0, "e2", 1.0));
        for (int i = 0; i < 40; i++) {
            employers.put("eager-" + i, 0.5);
        }
        Map<String, Double> workers = new HashMap<>(Map.of("w1", 1.0, "w2", 1.0, "eager", 20.0));
        CountyPlacements eager = CountyPlacements.of("522601", 20, 45,
                List.of(new Cell("6-28", employers, workers),
                        cell("4-10", Map.of("e5", 2.0, "e6", 2.0, "e7", 2.0, "e8", 2.0), 12)), List.of(), READ);
        assertEquals(0.375, eager.occupationGroup("6-28"), "3 of 8: two workers and the eager one once");
        // a hire that ended early takes its weight back: a sum does not go below nothing
        CountyPlacements churned = CountyPlacements.of("522601", 20, 5,
                List.of(cell("6-28", Map.of("churn", -3.0), 3), cell("4-10", Map.of("e1", 1.0), 1)), List.of(), READ);
        assertEquals(0.0, churned.occupationGroup("6-28"));
    }

    @Test
    void tooLittleHistorySaysNothing() {
        CountyPlacements few = CountyPlacements.of("522601", 4, 3, List.of(cell("4-10", Map.of("e1", 2.0), 4)), List.of(), READ);
        assertFalse(few.known());
        assertEquals(0.0, few.occupationGroup("4-10"));
        CountyPlacements oneEmployer = CountyPlacements.of("522601", 30, 2,
                List.of(cell("4-10", Map.of("e1", 2.0), 30)), List.of(), READ);
        assertFalse(oneEmployer.known());
    }

    @Test
    void aListStandsUntilANewerReadSaysSomethingNew() {
        CountyPlacements ranked = CountyPlacements.of("522601", 20, 5, List.of(cell("4-10", Map.of("e1", 2.0), 2),
                cell("6-28", Map.of("e2", 1.0), 1)), List.of(), READ);
        CountyPlacements slightlyMoved = new CountyPlacements("522601", 21, 5, Map.of("4-10", 1.0, "6-28", 0.53125),
                Map.of(), READ.plusSeconds(60));
        CountyPlacements moved = new CountyPlacements("522601", 30, 6, Map.of("4-10", 1.0, "6-28", 0.75), Map.of(),
                READ.plusSeconds(60));
        assertTrue(ranked.standsBeside(slightlyMoved), "1/32 is not news");
        assertFalse(ranked.standsBeside(moved), "a quarter is");
        assertTrue(moved.standsBeside(ranked), "an instance that read earlier does not rank a list back");
    }

    /** A cell of {@code workers} distinct workers, each with an equal share of the employers' weights. */
    private static Cell cell(String key, Map<String, Double> byEmployer, int workers) {
        double total = byEmployer.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> byWorker = new HashMap<>();
        for (int i = 0; i < workers; i++) {
            byWorker.put("w" + i, total / workers);
        }
        return new Cell(key, byEmployer, byWorker);
    }
}
