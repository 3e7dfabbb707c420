package org.laborlink.matching.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.matching.recommendation.store.RankedSearch.Cursor;
import org.laborlink.platform.problem.ProblemException;

@Tag("unit")
class CursorTest {

    @Test
    void aRecommendationCursorCarriesTheInstantItsPagesAreRankedAsOf() {
        Instant rankedAt = Instant.parse("2026-11-24T07:30:00.123Z");
        Cursor cursor = Cursor.decode(new Cursor(9.25, "537f8a50-a0c8-4495-929b-0cfab7de8023").at(rankedAt).encode());

        assertEquals(9.25, cursor.score());
        assertEquals("537f8a50-a0c8-4495-929b-0cfab7de8023", cursor.id());
        assertEquals(Optional.of(rankedAt), cursor.rankedAsOf());
    }

    @Test
    void aSearchCursorCarriesNoRankingTime() {
        Cursor cursor = Cursor.decode(new Cursor(1.5, "w-1").encode());
        assertEquals("w-1", cursor.id());
        assertTrue(cursor.rankedAsOf().isEmpty());
    }

    @Test
    void anythingElseIsABadAfter() {
        assertThrows(ProblemException.class, () -> Cursor.decode("not-a-cursor"));
        assertThrows(ProblemException.class, () -> Cursor.decode(Base64.getUrlEncoder()
                .encodeToString("1.0|id|yesterday".getBytes(StandardCharsets.UTF_8))));
    }
}
