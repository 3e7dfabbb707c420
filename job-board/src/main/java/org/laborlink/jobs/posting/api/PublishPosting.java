package org.laborlink.jobs.posting.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.laborlink.events.JobType;
import org.laborlink.events.SkillLevel;

/** What an employer's HR fills in to publish a posting. Money in yuan per month. */
public record PublishPosting(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Pattern(regexp = OCCUPATION, message = OCCUPATION_MESSAGE) String occupationCode,
        @NotNull JobType jobType,
        @NotNull @Pattern(regexp = "[1-9][0-9]{5}", message = "must be a 6-digit administrative division code") String workRegion,
        @Valid Coordinates location,
        @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal payMin,
        @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal payMax,
        @NotNull @Min(1) @Max(100000) Integer headcount,
        @Size(max = 30) List<@Valid @NotNull Skill> requiredSkills,
        Boolean accommodation,
        Boolean meals,
        Boolean transport,
        LocalDate startDate,
        LocalDate expiresOn) {

    static final String OCCUPATION = "[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}";
    static final String OCCUPATION_MESSAGE = "must be a CSCO 2022 occupation code like 4-10-01-05";

    /** Where the work is, in WGS 84 degrees. */
    public record Coordinates(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {
    }

    /** A skill the posting asks for; a must-have unless said otherwise. */
    public record Skill(
            @NotNull @Pattern(regexp = OCCUPATION, message = OCCUPATION_MESSAGE) String code,
            @NotNull SkillLevel level,
            Boolean mustHave) {
    }
}
