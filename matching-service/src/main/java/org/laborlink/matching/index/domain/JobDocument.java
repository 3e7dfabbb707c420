package org.laborlink.matching.index.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.jobs.PostingClosed;
import org.laborlink.events.jobs.PostingSuspended;
import org.laborlink.events.jobs.PostingFacts;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.platform.reference.RegionCode;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A posting as the jobs index keeps it: what the hard filters and the ranking need. A closed, filled or expired
 * posting is kept as a small tombstone (status only), so a late, older event cannot bring it back.
 * {@code payFeature} is {@code payMax} again, as a rank feature: the ranking scores pay from it. {@code indexedAt} is
 * when the document was made to be written (the writer's clock): every instance reads the postings changed lately
 * from the index by it ({@code RecentPostingWrites}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobDocument(
        String postingId,
        long version,
        String employerId,
        String title,
        String occupationCode,
        String occupationGroup,
        String occupationCategory,
        JobType jobType,
        String workRegion,
        String workPrefecture,
        String workProvince,
        GeoPoint location,
        BigDecimal payMin,
        BigDecimal payMax,
        BigDecimal payFeature,
        Integer headcount,
        Integer placesLeft,
        List<String> mustHaveSkills,
        List<String> niceToHaveSkills,
        List<String> mustHaveSkillLevels,
        List<String> niceToHaveSkillLevels,
        List<RequiredSkill> requiredSkills,
        Boolean accommodation,
        Boolean meals,
        Boolean transport,
        LocalDate startDate,
        LocalDate expiresOn,
        Instant publishedAt,
        Instant closedAt,
        String status,
        Instant indexedAt) {

    public static final String OPEN = "OPEN";

    public static JobDocument of(PostingFacts p, Instant indexedAt) {
        RegionCode region = new RegionCode(p.workRegion());
        return new JobDocument(p.postingId(), p.version(), p.employerId(), p.title(), p.occupationCode(),
                occupationGroup(p.occupationCode()), p.occupationCode().substring(0, 1), p.jobType(), p.workRegion(),
                workPrefecture(p.workRegion()), region.province(), p.location(), p.payMin(), p.payMax(), p.payMax(),
                p.headcount(), p.placesLeft(),
                p.requiredSkills().stream().filter(RequiredSkill::mustHave).map(RequiredSkill::code).toList(),
                p.requiredSkills().stream().filter(s -> !s.mustHave()).map(RequiredSkill::code).toList(),
                p.requiredSkills().stream().filter(RequiredSkill::mustHave).map(s -> skillLevel(s.code(), s.level())).toList(),
                p.requiredSkills().stream().filter(s -> !s.mustHave()).map(s -> skillLevel(s.code(), s.level())).toList(),
                p.requiredSkills(), p.accommodation(), p.meals(), p.transport(), p.startDate(), p.expiresOn(),
                p.publishedAt(), null, OPEN, indexedAt);
    }

    /** The 2nd-level CSCO group of a detailed code, as the index keeps it (4-10-01-05 -> 4-10). */
    public static String occupationGroup(String occupationCode) {
        return occupationCode.substring(0, 4);
    }

    /** The prefecture of a county code, as the index keeps it (520102 -> 520100). */
    public static String workPrefecture(String region) {
        return region.substring(0, 4) + "00";
    }

    /**
     * A required skill as a term ({@code code|LEVEL}): a worker's skill satisfies it when the worker's level is at
     * least that, so the query asks for the terms of every level up to the worker's ({@link #skillLevelsMet}).
     */
    public static String skillLevel(String code, SkillLevel level) {
        return code + "|" + level.name();
    }

    /** The required-skill terms a worker's skill at {@code level} satisfies. */
    public static List<String> skillLevelsMet(String code, SkillLevel level) {
        return Arrays.stream(SkillLevel.values()).filter(l -> l.compareTo(level) <= 0)
                .map(l -> skillLevel(code, l)).toList();
    }

    /** A posting held while its employer is suspended: out of every search, like a closed one, until announced again. */
    public static JobDocument suspended(PostingSuspended s, Instant indexedAt) {
        return tombstone(s.postingId(), s.version(), s.suspendedAt(), "SUSPENDED", indexedAt);
    }

    public static JobDocument closed(PostingClosed c, Instant indexedAt) {
        return tombstone(c.postingId(), c.version(), c.closedAt(), c.outcome().name(), indexedAt);
    }

    /** A posting no longer shown: its id, version, when it left and why (the status), nothing to match on. */
    private static JobDocument tombstone(String postingId, long version, Instant endedAt, String status,
            Instant indexedAt) {
        return new JobDocument(postingId, version, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, endedAt,
                status, indexedAt);
    }
}
