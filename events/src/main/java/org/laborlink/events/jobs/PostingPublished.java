package org.laborlink.events.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.Nullable;

/** An employer's posting is open for applications, with what matching needs to recommend it. Money is in yuan. */
public record PostingPublished(
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
        Instant publishedAt) implements PostingFacts {
}
