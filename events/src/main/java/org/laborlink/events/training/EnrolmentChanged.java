package org.laborlink.events.training;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.Nullable;
import org.laborlink.events.SkillLevel;

/**
 * A worker's enrolment in a course changed: enrolled (a place), waiting (the course is full), completed (with the
 * assessed level of the course's skills and, for a certified level, the certificate number), failed or dropped (with
 * the reason). A completion is what adds the skills to the worker's labour file.
 */
public record EnrolmentChanged(
        String enrolmentId,
        long version,
        String courseId,
        String workerId,
        Status status,
        String occupationCode,
        List<String> skillCodes,
        @Nullable SkillLevel assessedLevel,
        @Nullable String certificateNumber,
        @Nullable String reason,
        Instant changedAt) implements DomainEvent {

    /** Where an enrolment stands. */
    @Schema(name = "EnrolmentStatus")
    public enum Status {
        ENROLLED, WAITING, COMPLETED, FAILED, DROPPED
    }

    @Override
    public String aggregateId() {
        return enrolmentId;
    }
}
