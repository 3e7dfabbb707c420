package org.laborlink.events.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.Nullable;
import org.laborlink.events.SkillLevel;

/**
 * A course was published, changed or cancelled: the course as it now stands. An order-based course names the
 * employer and posting whose places it trains for. Money in yuan.
 */
public record CourseChanged(
        String courseId,
        long version,
        Change change,
        String providerId,
        String title,
        String occupationCode,
        List<String> skillCodes,
        SkillLevel certifiesLevel,
        CourseMode mode,
        String region,
        @Nullable GeoPoint location,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        int placesLeft,
        BigDecimal cost,
        boolean free,
        @Nullable String employerId,
        @Nullable String postingId,
        Instant changedAt) implements DomainEvent {

    /** What happened to the course. */
    public enum Change {
        PUBLISHED, CHANGED, CANCELLED
    }

    @Override
    public String aggregateId() {
        return courseId;
    }
}
