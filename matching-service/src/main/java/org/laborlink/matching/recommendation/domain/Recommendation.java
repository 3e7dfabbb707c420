package org.laborlink.matching.recommendation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.matching.index.domain.JobDocument;

/**
 * One recommended posting for a worker: the posting, its rank score, each factor's share in plain numbers (null when
 * the data to judge it is missing), reasons in Chinese and English, and the must-have skills the worker lacks.
 */
public record Recommendation(
        Posting posting,
        double score,
        Map<String, Double> factors,
        List<Reason> reasons,
        List<String> missingSkills) {

    /** The posting as a worker reads it (the index's matching terms left out). Money in yuan per month. */
    public record Posting(String postingId, String employerId, String title, String occupationCode, JobType jobType,
            String workRegion, GeoPoint location, BigDecimal payMin, BigDecimal payMax, Integer placesLeft,
            Boolean accommodation, Boolean meals, Boolean transport, LocalDate startDate, LocalDate expiresOn,
            Instant publishedAt) {

        public static Posting of(JobDocument job) {
            return new Posting(job.postingId(), job.employerId(), job.title(), job.occupationCode(), job.jobType(),
                    job.workRegion(), job.location(), job.payMin(), job.payMax(), job.placesLeft(), job.accommodation(),
                    job.meals(), job.transport(), job.startDate(), job.expiresOn(), job.publishedAt());
        }
    }

    /** A plain-language reason, in both languages the platform serves. */
    @Schema(name = "RecommendationReason")
    public record Reason(String factor, String zh, String en) {
    }
}
