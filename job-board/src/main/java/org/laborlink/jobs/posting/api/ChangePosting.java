package org.laborlink.jobs.posting.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.laborlink.platform.reference.OccupationClassification;

/**
 * A change to a draft or open posting (PATCH): only the fields present change, and the posting is held to its
 * type's rules again. Occupation, region and type are what the posting is; to change those, close it and post anew.
 * The one exception: a posting created with a title only takes its {@code occupationCode} here, once, confirming a
 * suggestion or correcting it. Money in yuan per month.
 */
public record ChangePosting(
        @Size(min = 1, max = 200) String title,
        @Pattern(regexp = OccupationClassification.CODE_PATTERN, message = OccupationClassification.CODE_MESSAGE) String occupationCode,
        @Positive @Digits(integer = 7, fraction = 2) BigDecimal payMin,
        @Positive @Digits(integer = 7, fraction = 2) BigDecimal payMax,
        @Min(1) @Max(100000) Integer headcount,
        Boolean accommodation,
        Boolean meals,
        Boolean transport,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate expiresOn) {
}
