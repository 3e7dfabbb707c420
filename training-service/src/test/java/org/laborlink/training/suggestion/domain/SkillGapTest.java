package org.laborlink.training.suggestion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.training.facts.domain.Trainee;

/** Which skills a worker lacks for a posting, and which wished-for occupations they have no skill in. */
@Tag("unit")
class SkillGapTest {

    static final String CARE = "4-10-01-05";
    static final String HOUSEKEEPING = "4-10-01-06";
    static final String CLEANING = "4-09-07-01";

    @Test
    void aSkillBelowTheLevelAskedIsMissingAndMustHavesComeFirst() {
        Trainee t = trainee(List.of(new WorkerSkill(CARE, SkillLevel.BASIC, null),
                new WorkerSkill(CLEANING, SkillLevel.CERTIFIED, "C-1")), List.of());
        List<RequiredSkill> required = List.of(new RequiredSkill(HOUSEKEEPING, SkillLevel.BASIC, false),
                new RequiredSkill(CARE, SkillLevel.SKILLED, true), new RequiredSkill(CLEANING, SkillLevel.SKILLED, true));
        assertEquals(List.of(CARE, HOUSEKEEPING), SkillGap.lacking(t, required));
    }

    @Test
    void withoutAPostingTheGapsAreTheWishedForOccupationsWithoutSkill() {
        Trainee t = trainee(List.of(new WorkerSkill(CARE, SkillLevel.BASIC, null),
                new WorkerSkill(CLEANING, SkillLevel.NONE, null)), List.of(CARE, HOUSEKEEPING, CLEANING));
        assertEquals(List.of(HOUSEKEEPING, CLEANING), SkillGap.wanted(t));
    }

    private static Trainee trainee(List<WorkerSkill> skills, List<String> desired) {
        Trainee t = new Trainee();
        t.skills = new Trainee.Skills(skills, desired);
        return t;
    }
}
