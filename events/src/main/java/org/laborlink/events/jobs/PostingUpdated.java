package org.laborlink.events.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.Nullable;

/**
 * An open posting changed (its employer edited it, or a hire took a place): the posting as it now stands and the
 * fields that changed. Money is in yuan.
 */
public record PostingUpdated(
        String postingId,
        long version,
        String employerId,
        String title,
        String occupationCode,
        JobType jobType,
        String workRegion,
        @Nullable GeoPoint location,
        BigDecimal payMin,
        BigDecimal payMax,
        int headcount,
        int placesLeft,
        List<RequiredSkill> requiredSkills,
        boolean accommodation,
        boolean meals,
        boolean transport,
        @Nullable LocalDate startDate,
        LocalDate expiresOn,
        Instant publishedAt,
        List<String> changedFields,
        Instant updatedAt) implements PostingFacts {
}
