package org.laborlink.training.course.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.laborlink.events.SkillLevel;
import org.laborlink.events.training.CourseMode;
import org.laborlink.platform.reference.Coordinates;
import org.laborlink.platform.reference.OccupationClassification;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.training.course.domain.CourseKind;

/** What creating and changing a course carry. Money in yuan. */
public final class CourseRequests {

    private CourseRequests() {
    }

    /**
     * A new course. {@code providerId}: a provider's own by default (officers name it). {@code location}: required when
     * part of it is on site. An ORDER_BASED course names the {@code employerId} and {@code postingId} it trains for.
     */
    public record CreateCourse(
            @Size(max = 64) String providerId,
            @NotBlank @Size(max = 200) String title,
            @NotNull @Pattern(regexp = OccupationClassification.CODE_PATTERN, message = OccupationClassification.CODE_MESSAGE) String occupationCode,
            @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = OccupationClassification.CODE_PATTERN, message = OccupationClassification.CODE_MESSAGE) String> skillCodes,
            @NotNull SkillLevel certifiesLevel,
            CourseKind kind,
            @NotNull CourseMode mode,
            @NotNull @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String region,
            @Valid Coordinates location,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotNull @Min(1) @Max(500) Integer sessions,
            @NotNull @Min(1) @Max(10000) Integer capacity,
            @NotNull @PositiveOrZero @Digits(integer = 8, fraction = 2) BigDecimal cost,
            Boolean free,
            @Size(max = 64) String employerId,
            UUID postingId) {
    }

    /** A change of a course: the fields present. A smaller capacity never goes below the places taken. */
    public record ChangeCourse(
            @Size(min = 1, max = 200) String title,
            LocalDate startsOn,
            LocalDate endsOn,
            @Min(1) @Max(500) Integer sessions,
            @Min(1) @Max(10000) Integer capacity,
            @PositiveOrZero @Digits(integer = 8, fraction = 2) BigDecimal cost,
            Boolean free) {
    }
}
