package org.laborlink.matching.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.matching.recommendation.RecommendationExplainerTest.job;
import static org.laborlink.matching.recommendation.RecommendationExplainerTest.worker;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.jobs.PostingClosed;
import org.laborlink.events.jobs.PostingPublished;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.domain.WorkerDocument;
import org.laborlink.matching.placements.domain.CountyPlacements;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The Java form of the rule: the hard filters one by one, and the score part by part. */
@Tag("unit")
class RankingTest {

    static final GeoPoint KAILI = new GeoPoint(26.57, 107.98);
    final Ranking ranking = new Ranking(new ObjectMapper());
    final LocalDate today = Ranking.today();
    static final CountyPlacements NONE = CountyPlacements.none("522601");
    // a Kaili worker: REGULAR jobs, home province or Zhejiang, 4,500 or more
    final WorkerDocument worker = worker(KAILI, new BigDecimal("4500"), List.of(new WorkerSkill("4-10-01-06", SkillLevel.SKILLED)));

    @Test
    void eachHardFilter() {
        assertTrue(ranking.eligible(worker, job("522601", KAILI, JobType.REGULAR, "5000", List.of()), today));
        assertTrue(ranking.eligible(worker, job("330106", null, JobType.REGULAR, "5000", List.of()), today), "a destination");
        assertFalse(ranking.eligible(worker, job("110101", null, JobType.REGULAR, "5000", List.of()), today), "Beijing");
        assertFalse(ranking.eligible(worker, job("522601", KAILI, JobType.WORKSHOP_JOB, "5000", List.of()), today), "type");
        assertFalse(ranking.eligible(worker, job("522601", KAILI, JobType.REGULAR, "4000", List.of()), today), "pay");
        assertTrue(ranking.eligible(worker, job("522601", KAILI, JobType.CARING_JOB, "4000", List.of()), today),
                "a caring job passes type and pay");
        assertFalse(ranking.eligible(worker, JobDocument.closed(new PostingClosed("p1", 2, PostingClosed.Outcome.FILLED,
                Instant.now()), Instant.now()), today), "closed");
        assertFalse(ranking.eligible(worker, posting(0, today.plusDays(5)), today), "no places left");
        assertFalse(ranking.eligible(worker, posting(3, today.minusDays(1)), today), "expired");
        assertTrue(ranking.eligible(worker, posting(3, today), today), "open through its last day");
    }

    @Test
    void scoreIsTheSumOfItsParts() {
        Instant now = Instant.now();
        JobDocument near = job("522601", KAILI, JobType.REGULAR, "4500",
                List.of(new RequiredSkill("4-10-01-06", SkillLevel.BASIC, true)));
        // occupation: wants 4-10-01-05, the posting is 4-10-01-06: same group and category, not the code
        double expected = Ranking.OCCUPATION_GROUP + Ranking.OCCUPATION_CATEGORY + Ranking.MUST_HAVE_SKILL
                + Ranking.DISTANCE * 1.0 + Ranking.FRESHNESS * 1.0 + Ranking.PAY * 0.5;
        assertEquals(expected, ranking.score(worker, NONE, near, now), 1e-3);

        JobDocument askingMore = job("522601", KAILI, JobType.REGULAR, "4500",
                List.of(new RequiredSkill("4-10-01-06", SkillLevel.CERTIFIED, true)));
        assertEquals(Ranking.MUST_HAVE_SKILL, ranking.score(worker, NONE, near, now) - ranking.score(worker, NONE, askingMore, now), 1e-6,
                "SKILLED does not meet CERTIFIED");
        JobDocument inZhejiang = job("330106", new GeoPoint(30.26, 120.13), JobType.REGULAR, "4500",
                List.of(new RequiredSkill("4-10-01-06", SkillLevel.BASIC, true)));
        double km = RecommendationExplainer.kilometres(KAILI, new GeoPoint(30.26, 120.13));
        assertEquals(Ranking.DISTANCE * (1.0 - 50 / (50 + km) - 0.5), ranking.score(worker, NONE, near, now)
                - ranking.score(worker, NONE, inZhejiang, now), 1e-3, "a destination province counts as a posting 50 km away");
    }

    @Test
    void noPostingOutsideTheCandidatesScoresAboveTheBound() {
        // the best a non-candidate can be: same category, not the group; just beyond 50 km of home; published now;
        // paid far above
        GeoPoint justBeyond = new GeoPoint(KAILI.lat() + 50.5 / 111.2, KAILI.lon());
        assertTrue(RecommendationExplainer.kilometres(KAILI, justBeyond) > Ranking.NEAR_KM);
        JobDocument best = JobDocument.of(new PostingPublished("p3", 1, "e1", "t", "4-01-01-01", JobType.REGULAR, "522601",
                justBeyond, new BigDecimal("90000"), new BigDecimal("99000"), 5, 5, List.of(), true, true, true, null,
                today.plusDays(5), Instant.now()), Instant.now());
        assertTrue(ranking.eligible(worker, best, today));
        double bound = ranking.boundOutsideCandidates(worker, NONE);
        assertTrue(ranking.score(worker, NONE, best, Instant.now()) <= bound, "a non-candidate scores at most the bound");
        // a posting of Zhejiang (the destination bonus) cannot beat it either
        JobDocument away = JobDocument.of(new PostingPublished("p4", 1, "e1", "t", "4-01-01-01", JobType.REGULAR, "330106",
                new GeoPoint(30.26, 120.13), new BigDecimal("90000"), new BigDecimal("99000"), 5, 5, List.of(), true, true,
                true, null, today.plusDays(5), Instant.now()), Instant.now());
        assertTrue(ranking.score(worker, NONE, away, Instant.now()) <= bound);
        // a candidate can (a required skill the worker has); a posting near home is one too
        JobDocument candidate = job("522601", justBeyond, JobType.REGULAR, "99000",
                List.of(new RequiredSkill("4-10-01-06", SkillLevel.BASIC, true)));
        assertTrue(ranking.score(worker, NONE, candidate, Instant.now()) > bound);
        assertTrue(ranking.candidates(worker).orElseThrow().toString().contains("geo_distance"));
    }

    @Test
    void theCountysHistoryAddsItsBoundedParts() {
        Instant now = Instant.now();
        CountyPlacements kaili = new CountyPlacements("522601", 40, 8, Map.of("4-10", 1.0, "4-01", 0.5),
                Map.of("330100", 0.25), now);
        JobDocument inHangzhou = job("330106", new GeoPoint(30.26, 120.13), JobType.REGULAR, "4500", List.of());
        assertEquals(Ranking.LEARNED_OCCUPATION * 1.0 + Ranking.LEARNED_DESTINATION * 0.25,
                ranking.score(worker, kaili, inHangzhou, now) - ranking.score(worker, NONE, inHangzhou, now), 1e-9);
        // a non-candidate (just beyond 50 km of home) of the group the county's workers take most, in the prefecture
        // they go to most, still scores at most the bound, which grows with the history
        CountyPlacements goingNear = new CountyPlacements("522601", 40, 8, Map.of("4-01", 1.0), Map.of("522600", 1.0), now);
        JobDocument best = JobDocument.of(new PostingPublished("p5", 1, "e1", "t", "4-01-01-01", JobType.REGULAR, "522601",
                new GeoPoint(KAILI.lat() + 50.5 / 111.2, KAILI.lon()), new BigDecimal("90000"), new BigDecimal("99000"), 5,
                5, List.of(), true, true, true, null, today.plusDays(5), Instant.now()), Instant.now());
        assertTrue(ranking.score(worker, goingNear, best, now) <= ranking.boundOutsideCandidates(worker, goingNear));
        assertTrue(ranking.score(worker, goingNear, best, now) > ranking.boundOutsideCandidates(worker, NONE),
                "the bound grows with the history");
    }

    private static JobDocument posting(int placesLeft, LocalDate expiresOn) {
        return JobDocument.of(new PostingPublished("p2", 1, "e1", "t", "4-10-01-06", JobType.REGULAR, "522601", KAILI,
                new BigDecimal("4500"), new BigDecimal("5000"), 5, placesLeft, List.of(), true, false, true, null,
                expiresOn, Instant.now()), Instant.now());
    }
}
