package org.laborlink.matching.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
    void theLatestStateOfEachPostingWrittenSinceAnInstantUntilItIsDropped() {
        RecentPostingWrites changes = new RecentPostingWrites(null, 3, Duration.ofMinutes(10), Duration.ofSeconds(2));
        Instant start = Instant.now().minusSeconds(60);
        assertTrue(changes.since(start).isEmpty(), "nothing is known before the first poll");
        changes.coverFrom(start);
        JobDocument a = RecommendationExplainerTest.job("522601", null, JobType.REGULAR, "5000", List.of());
        a = withIndexedAt(a, start.plusSeconds(1));
        changes.record(a);
        JobDocument closed = JobDocument.closed(new PostingClosed(a.postingId(), 2, PostingClosed.Outcome.CLOSED,
                Instant.now()), start.plusSeconds(2));
        changes.record(closed);
        changes.record(a); // read again by an overlapping poll: changes nothing
        RecentPostingWrites.Changed since = changes.since(start).orElseThrow();
        assertEquals(List.of(closed), since.postings(), "the latest state only");
        assertEquals(List.of(), changes.since(start.plusSeconds(3)).orElseThrow().postings());
        assertEquals(List.of(closed), changes.since(start.plusSeconds(2)).orElseThrow().postings(), "from the instant on");

        changes.record(withIndexedAt(a, start.plusSeconds(3)));
        changes.record(withIndexedAt(a, start.plusSeconds(4)));
        assertTrue(changes.since(start).isEmpty(), "the first change was dropped: a list that old is ranked again");
        assertTrue(changes.since(start.plusSeconds(2)).isPresent());
    }

    private static JobDocument withIndexedAt(JobDocument j, Instant at) {
        return new JobDocument(j.postingId(), j.version(), j.employerId(), j.title(), j.occupationCode(), j.occupationGroup(),
                j.occupationCategory(), j.jobType(), j.workRegion(), j.workPrefecture(), j.workProvince(), j.location(),
                j.payMin(), j.payMax(), j.payFeature(), j.headcount(), j.placesLeft(), j.mustHaveSkills(),
                j.niceToHaveSkills(), j.mustHaveSkillLevels(), j.niceToHaveSkillLevels(), j.requiredSkills(),
                j.accommodation(), j.meals(), j.transport(), j.startDate(), j.expiresOn(), j.publishedAt(), j.closedAt(),
                j.status(), at);
    }
}
