package org.laborlink.matching.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.events.JobType;
import org.laborlink.events.jobs.PostingClosed;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.recommendation.store.RecentPostingWrites;

@Tag("unit")
class RecentPostingWritesTest {

    @Test
    void theLatestStateOfEachPostingChangedSinceAPositionUntilItIsDropped() {
        RecentPostingWrites changes = new RecentPostingWrites(3);
        long start = changes.positionAsOf(Instant.now());
        JobDocument a = RecommendationExplainerTest.job("522601", null, JobType.REGULAR, "5000", List.of());
        changes.record(a);
        JobDocument closed = JobDocument.closed(new PostingClosed(a.postingId(), 2, PostingClosed.Outcome.CLOSED, Instant.now()));
        changes.record(closed);
        RecentPostingWrites.Changed since = changes.since(start).orElseThrow();
        assertEquals(List.of(closed), since.postings(), "the latest state only");
        assertEquals(start + 2, since.position());
        assertEquals(List.of(), changes.since(since.position()).orElseThrow().postings());

        changes.record(a);
        changes.record(a);
        assertTrue(changes.since(start).isEmpty(), "the first change was dropped: a list that old is ranked again");
    }
}
