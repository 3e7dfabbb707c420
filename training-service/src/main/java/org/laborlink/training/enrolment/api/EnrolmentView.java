package org.laborlink.training.enrolment.api;

import java.time.Instant;
import java.util.UUID;

import org.laborlink.events.SkillLevel;
import org.laborlink.events.training.EnrolmentChanged.Status;
import org.laborlink.training.enrolment.domain.Enrolment;

/** An enrolment as the worker, the course's provider and the officers read it. */
public record EnrolmentView(UUID id, long version, UUID courseId, UUID workerId, String householdRegion, Status status,
        Long waitingPosition, int sessionsAttended, SkillLevel assessedLevel, String certificateNumber, String reason,
        Instant enrolledAt, Instant placedAt, Instant endedAt) {

    public static EnrolmentView of(Enrolment e) {
        return new EnrolmentView(e.id, e.version, e.courseId, e.workerId, e.householdRegion, e.status, e.waitingPosition,
                e.sessionsAttended, e.assessedLevel, e.certificateNumber, e.reason, e.enrolledAt, e.placedAt, e.endedAt);
    }
}
