package org.laborlink.workers.labourfile.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.training.EnrolmentChanged;
import org.laborlink.events.workers.WorkerSkill;

/** A completed course adds its skills at the assessed level, raises a lower level, and never lowers a higher one. */
@Tag("unit")
class CourseCompletionRecorderTest {

    @Test
    void aCompletionAddsNewSkillsRaisesLowerOnesAndKeepsHigherOnes() {
        List<WorkerSkill> current = List.of(new WorkerSkill("4-10-01-05", SkillLevel.BASIC, null),
                new WorkerSkill("4-09-07-01", SkillLevel.CERTIFIED, "OLD-1"));
        EnrolmentChanged completed = new EnrolmentChanged("e", 3, "c", "w", EnrolmentChanged.Status.COMPLETED,
                "4-10-01-05", List.of("4-10-01-05", "4-09-07-01", "4-10-01-06"), SkillLevel.SKILLED, null, null,
                Instant.now());
        assertEquals(List.of(new WorkerSkill("4-10-01-05", SkillLevel.SKILLED, null),
                new WorkerSkill("4-09-07-01", SkillLevel.CERTIFIED, "OLD-1"),
                new WorkerSkill("4-10-01-06", SkillLevel.SKILLED, null)),
                CourseCompletionRecorder.learnt(current, completed));
    }
}
