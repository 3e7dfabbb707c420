package org.laborlink.jobs.posting.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laborlink.events.EducationLevel;
import org.laborlink.events.JobType;
import org.laborlink.events.SkillLevel;
import org.laborlink.platform.reference.Coordinates;
import org.laborlink.platform.reference.OccupationClassification;
import org.laborlink.platform.reference.RegionCode;

/**
 * What an employer's HR fills in to publish a posting (or keep it as a draft: {@code draft: true}). Open through
 * {@code expiresOn} (30 days unless given), or until {@code expiresAt} when that is earlier. What it asks of applicants
 * (experience, education, ages) and its terms (end date, accident insurance) are held to its job type's rules. Money in
 * yuan per month; the insurance cover is a sum. The same occupation, region and pay as one of the employer's open
 * postings is refused as a likely duplicate unless {@code notADuplicate} is true. Without {@code occupationCode} the
 * posting is kept as a draft with the codes the normaliser suggests for its title ({@code occupationSuggestions}),
 * and opens once its employer or an officer confirms one (PATCH {@code occupationCode}, then publish).
 */
public record PublishPosting(
        @NotBlank @Size(max = 200) String title,
        @Pattern(regexp = OccupationClassification.CODE_PATTERN, message = OccupationClassification.CODE_MESSAGE) String occupationCode,
        @NotNull JobType jobType,
        @NotNull @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String workRegion,
        @Valid Coordinates location,
        @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal payMin,
        @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal payMax,
        @NotNull @Min(1) @Max(100000) Integer headcount,
        @Size(max = 30) List<@Valid @NotNull Skill> requiredSkills,
        Boolean accommodation,
        Boolean meals,
        Boolean transport,
        LocalDate startDate,
        LocalDate expiresOn,
        Instant expiresAt,
        Boolean requiresExperience,
        EducationLevel minEducation,
        @Min(16) @Max(70) Integer ageMin,
        @Min(16) @Max(70) Integer ageMax,
        LocalDate endDate,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal accidentInsuranceCover,
        Boolean draft,
        Boolean notADuplicate) {

    /** A skill the posting asks for; a must-have unless said otherwise. */
    @Schema(name = "RequiredSkillInput")
    public record Skill(
            @NotNull @Pattern(regexp = OccupationClassification.CODE_PATTERN, message = OccupationClassification.CODE_MESSAGE) String code,
            @NotNull SkillLevel level,
            Boolean mustHave) {
    }
}
