package org.laborlink.training.course.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.training.CourseMode;
import org.laborlink.training.course.domain.Course;
import org.laborlink.training.course.domain.CourseKind;

/** A course as anyone signed in reads it. Money in yuan. */
public record CourseView(UUID id, long version, String providerId, String title, String occupationCode,
        List<String> skillCodes, SkillLevel certifiesLevel, CourseKind kind, CourseMode mode, String region,
        GeoPoint location, LocalDate startsOn, LocalDate endsOn, int sessions, int capacity, int enrolled,
        int placesLeft, BigDecimal cost, boolean free, String employerId, UUID postingId, Course.Status status,
        Instant updatedAt) {

    public static CourseView of(Course c) {
        return new CourseView(c.id, c.version, c.providerId, c.title, c.occupationCode, c.skills.codes(),
                c.certifiesLevel, c.kind, c.mode, c.region, c.location(), c.startsOn, c.endsOn, c.sessions, c.capacity,
                c.enrolled, c.placesLeft(), c.cost, c.free, c.employerId, c.postingId, c.status, c.updatedAt);
    }
}
