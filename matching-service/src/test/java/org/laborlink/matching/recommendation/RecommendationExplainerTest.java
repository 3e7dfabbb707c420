package org.laborlink.matching.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.jobs.PostingPublished;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.events.workers.LabourFileRegistered;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.domain.WorkerDocument;
import org.laborlink.matching.placements.domain.CountyPlacements;
import org.laborlink.matching.recommendation.domain.Recommendation;
import org.laborlink.platform.reference.AdministrativeDivisions;

@Tag("unit")
class RecommendationExplainerTest {

    static final AdministrativeDivisions DIVISIONS = new AdministrativeDivisions(
            Path.of(System.getProperty("laborlink.reference-data.dir", "../../shared/data")));
    static final CountyPlacements NO_HISTORY = CountyPlacements.none("522601");
    final RecommendationExplainer explainer = new RecommendationExplainer(DIVISIONS);

    static WorkerDocument worker(GeoPoint home, BigDecimal expectedPay, List<WorkerSkill> skills) {
        return WorkerDocument.of(new LabourFileRegistered("w1", 1, "522601", null, home, PovertyStatus.REGISTERED_POOR,
                skills, List.of("4-10-01-05"), expectedPay, false, null, List.of("330000"), List.of(JobType.REGULAR),
                Instant.now()));
    }

    static JobDocument job(String region, GeoPoint location, JobType type, String payMax, List<RequiredSkill> skills) {
        return JobDocument.of(new PostingPublished("p1", 1, "e1", "t", "4-10-01-06", type, region, location,
                new BigDecimal("3000"), new BigDecimal(payMax), 5, 5, skills, true, false, true, null,
                LocalDate.now().plusDays(10), Instant.now()), Instant.now());
    }

    @Test
    void skillsAreCountedWithLevelsAndTheMissingOnesNamed() {
        var w = worker(null, null, List.of(new WorkerSkill("A", SkillLevel.SKILLED), new WorkerSkill("B", SkillLevel.BASIC)));
        var j = job("330106", null, JobType.REGULAR, "5200", List.of(new RequiredSkill("A", SkillLevel.BASIC, true),
                new RequiredSkill("B", SkillLevel.CERTIFIED, true), new RequiredSkill("C", SkillLevel.BASIC, true),
                new RequiredSkill("D", SkillLevel.BASIC, false)));
        Recommendation r = explain(w, j, 1.0);
        assertEquals(1.0 / 3, r.factors().get("skills"), 1e-9);
        assertEquals(List.of("B", "C"), r.missingSkills());
        assertTrue(r.reasons().stream().anyMatch(x -> x.en().equals("1 of 3 required skills")));
        assertEquals(0.6, r.factors().get("occupation"), 1e-9, "same occupation group 4-10");
    }

    @Test
    void missingDataIsReportedAsUnknownNotAsANumber() {
        Recommendation r = explain(worker(null, null, List.of()), job("330106", null, JobType.REGULAR, "5200", List.of()), 1);
        assertTrue(r.factors().containsKey("distance"));
        assertNull(r.factors().get("distance"));
        assertNull(r.factors().get("pay"));
        assertTrue(r.reasons().stream().anyMatch(x -> x.en().equals("distance unknown")));
    }

    @Test
    void distanceWeighsNearHomeAndPayIsComparedWithTheExpectation() {
        GeoPoint kaili = new GeoPoint(26.57, 107.98);
        GeoPoint nearby = new GeoPoint(26.60, 108.10);
        Recommendation r = explain(worker(kaili, new BigDecimal("4500"), List.of()),
                job("522601", nearby, JobType.CARING_JOB, "4200", List.of()), 1);
        assertTrue(r.reasons().stream().anyMatch(x -> x.en().equals("12 km from home")), r.reasons().toString());
        double km = RecommendationExplainer.kilometres(kaili, nearby);
        assertEquals(50 / (50 + km), r.factors().get("distance"), 1e-9, "half at 50 km, as the ranking weighs it");
        assertEquals(4200.0 / 4500, r.factors().get("pay"), 1e-9);
        assertTrue(r.reasons().stream().anyMatch(x -> x.en().startsWith("pay 4,200 < expected 4,500 (caring job")));
        assertTrue(r.reasons().stream().noneMatch(x -> x.factor().equals("migrant-support")), "no dormitory talk at home");
    }

    @Test
    void theCountysHistorySaysWhatItKnowsAndUnknownOtherwise() {
        JobDocument inHangzhou = job("330106", null, JobType.REGULAR, "5200", List.of());
        Recommendation unknown = explain(worker(null, null, List.of()), inHangzhou, 1);
        assertNull(unknown.factors().get("history"), "too little history: unknown, not a number");
        assertTrue(reasons(unknown).contains("where workers from Kaili find work: unknown (too little history)"),
                reasons(unknown).toString());

        CountyPlacements kaili = new CountyPlacements("522601", 40, 8, java.util.Map.of("4-10", 1.0),
                java.util.Map.of("330100", 0.5), Instant.now());
        Recommendation known = explainer.explain(worker(null, null, List.of()), kaili, inHangzhou, 1);
        assertEquals(0.75, known.factors().get("history"));
        assertTrue(reasons(known).contains("workers from Kaili often take this kind of job"), reasons(known).toString());
        assertTrue(reasons(known).contains("workers from Kaili often go to work in Hangzhou"), reasons(known).toString());
        assertTrue(known.reasons().stream().anyMatch(r -> r.zh().equals("凯里市的劳动者常去杭州市工作")));

        JobDocument elsewhere = JobDocument.of(new PostingPublished("p9", 1, "e1", "t", "2-02-01-01", JobType.REGULAR,
                "520102", null, new BigDecimal("3000"), new BigDecimal("5200"), 5, 5, List.of(), true, false, true, null,
                LocalDate.now().plusDays(10), Instant.now()), Instant.now());
        Recommendation seldom = explainer.explain(worker(null, null, List.of()), kaili, elsewhere, 1);
        assertEquals(0.0, seldom.factors().get("history"));
        assertTrue(reasons(seldom).contains("workers from Kaili have seldom taken this kind of job here"));
    }

    private Recommendation explain(WorkerDocument worker, JobDocument job, double score) {
        return explainer.explain(worker, NO_HISTORY, job, score);
    }

    private static List<String> reasons(Recommendation r) {
        return r.reasons().stream().map(Recommendation.Reason::en).toList();
    }
}
