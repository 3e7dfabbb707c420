package org.laborlink.matching.placements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.matching.placements.domain.CountyPlacements;
import org.laborlink.matching.placements.domain.CountyPlacements.Cell;

/** What a county's outcomes add up to, and how little one employer or one worker can move it. */
@Tag("unit")
class CountyPlacementsTest {

    @Test
    void theMostFrequentGroupIsOneAndTheOthersInProportion() {
        CountyPlacements learned = CountyPlacements.of("522601", 12, 6,
                List.of(new Cell("4-10", Map.of("e1", 2.0, "e2", 2.0), 6), new Cell("6-28", Map.of("e3", 1.0, "e4", 1.0), 4)),
                List.of(new Cell("330100", Map.of("e1", 1.0), 3)));
        assertTrue(learned.known());
        assertEquals(1.0, learned.occupationGroup("4-10"));
        assertEquals(0.5, learned.occupationGroup("6-28"));
        assertEquals(0.0, learned.occupationGroup("2-02"));
        assertEquals(1.0, learned.workPrefecture("330100"));
    }

    @Test
    void oneEmployerCountsAtMostTwiceAndOneWorkerOnce() {
        // one employer claims 500 hires in 6-28; four employers hired ordinarily in 4-10
        CountyPlacements flooded = CountyPlacements.of("522601", 20, 5,
                List.of(new Cell("6-28", Map.of("flood", 500.0), 200), new Cell("4-10",
                        Map.of("e1", 1.0, "e2", 1.0, "e3", 1.0, "e4", 1.0), 4)), List.of());
        assertEquals(1.0, flooded.occupationGroup("4-10"));
        assertEquals(0.5, flooded.occupationGroup("6-28"), "capped at two of four");
        // one worker applying to forty employers' postings counts once
        CountyPlacements eager = CountyPlacements.of("522601", 20, 45,
                List.of(new Cell("6-28", Map.of("e1", 0.5, "e2", 0.5, "e3", 0.5, "e4", 0.5), 1),
                        new Cell("4-10", Map.of("e5", 1.0, "e6", 1.0, "e7", 1.0, "e8", 1.0), 4)), List.of());
        assertEquals(0.25, eager.occupationGroup("6-28"));
        // a hire that ended early takes its weight back: an employer's sum does not go below nothing
        CountyPlacements churned = CountyPlacements.of("522601", 20, 5,
                List.of(new Cell("6-28", Map.of("churn", -3.0), 3), new Cell("4-10", Map.of("e1", 1.0), 1)), List.of());
        assertEquals(0.0, churned.occupationGroup("6-28"));
    }

    @Test
    void tooLittleHistorySaysNothing() {
        CountyPlacements few = CountyPlacements.of("522601", 4, 3, List.of(new Cell("4-10", Map.of("e1", 2.0), 4)), List.of());
        assertFalse(few.known());
        assertEquals(0.0, few.occupationGroup("4-10"));
        CountyPlacements oneEmployer = CountyPlacements.of("522601", 30, 2, List.of(new Cell("4-10", Map.of("e1", 2.0), 30)),
                List.of());
        assertFalse(oneEmployer.known());
    }
}
