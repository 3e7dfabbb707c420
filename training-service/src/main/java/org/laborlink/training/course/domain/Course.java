package org.laborlink.training.course.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.training.CourseChanged;
import org.laborlink.events.training.CourseMode;

/**
 * A course a provider runs: the occupation and skills it teaches and the level it certifies, how and where it is
 * taught, when, for how many (places taken never exceed capacity), at what cost. Money in yuan.
 */
@Entity
@Table(name = "course")
public class Course {

    /** The skill codes a course teaches, as stored (a JSON object). */
    public record Skills(List<String> codes) {

        public Skills {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }
    }

    /** Open for enrolment, or cancelled. */
    @Schema(name = "CourseStatus")
    public enum Status {
        OPEN, CANCELLED
    }

    @Id
    public UUID id;
    public long version;
    public String providerId;
    public String title;
    public String occupationCode;
    @JdbcTypeCode(SqlTypes.JSON)
    public Skills skills;
    @Enumerated(EnumType.STRING)
    public SkillLevel certifiesLevel;
    @Enumerated(EnumType.STRING)
    public CourseKind kind;
    @Enumerated(EnumType.STRING)
    public CourseMode mode;
    public String region;
    public Double lat;
    public Double lon;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public int sessions;
    public int capacity;
    public int enrolled;
    public BigDecimal cost;
    public boolean free;
    public String employerId;
    public UUID postingId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;

    public int placesLeft() {
        return capacity - enrolled;
    }

    public GeoPoint location() {
        return lat == null ? null : new GeoPoint(lat, lon);
    }

    public CourseChanged changed(CourseChanged.Change change) {
        return new CourseChanged(id.toString(), version, change, providerId, title, occupationCode, skills.codes(),
                certifiesLevel, mode, region, location(), startsOn, endsOn, capacity, placesLeft(), cost, free, employerId,
                postingId == null ? null : postingId.toString(), updatedAt);
    }
}
