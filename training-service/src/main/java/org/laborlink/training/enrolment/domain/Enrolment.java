package org.laborlink.training.enrolment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.SkillLevel;
import org.laborlink.events.training.EnrolmentChanged.Status;
import org.laborlink.events.training.EnrolmentChanged;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.training.course.domain.Course;

/**
 * A worker's place in a course (or on its waiting list, in order): attended sessions, then completed with an assessed
 * level (and a certificate for a certified level), failed, or dropped, each with its reason.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    public UUID id;
    public long version;
    public UUID courseId;
    public UUID workerId;
    public String householdRegion;
    @Enumerated(EnumType.STRING)
    public PovertyStatus povertyStatus;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Long waitingPosition;
    public int sessionsAttended;
    @Enumerated(EnumType.STRING)
    public SkillLevel assessedLevel;
    public String certificateNumber;
    public String reason;
    public String enrolledBy;
    public Instant enrolledAt;
    public Instant placedAt;
    public Instant endedAt;
    public Instant updatedAt;

    /** Takes a place: from the waiting list, or at once. */
    public void place(Instant now) {
        status = Status.ENROLLED;
        waitingPosition = null;
        placedAt = now;
        touch(now);
    }

    public void complete(SkillLevel level, String certificate, Instant now) {
        expectEnrolled("completed");
        status = Status.COMPLETED;
        assessedLevel = level;
        certificateNumber = certificate;
        endedAt = now;
        touch(now);
    }

    public void fail(String why, Instant now) {
        expectEnrolled("failed");
        status = Status.FAILED;
        reason = why;
        endedAt = now;
        touch(now);
    }

    /** @return whether it gave up a place (rather than a spot on the waiting list) */
    public boolean drop(String why, Instant now) {
        if (status != Status.ENROLLED && status != Status.WAITING) {
            throw ProblemException.conflict("enrolment-ended", "enrolment " + id + " is " + status);
        }
        boolean hadPlace = status == Status.ENROLLED;
        status = Status.DROPPED;
        waitingPosition = null;
        reason = why;
        endedAt = now;
        touch(now);
        return hadPlace;
    }

    public void expectEnrolled(String what) {
        if (status != Status.ENROLLED) {
            throw ProblemException.conflict("enrolment-not-in-course", "enrolment " + id + " is " + status
                    + "; only an enrolled worker is " + what);
        }
    }

    public EnrolmentChanged changed(Course course) {
        return new EnrolmentChanged(id.toString(), version, courseId.toString(), workerId.toString(), status,
                course.occupationCode, course.skills.codes(), assessedLevel, certificateNumber, reason, updatedAt);
    }

    private void touch(Instant now) {
        version++;
        updatedAt = now;
    }
}
