package org.laborlink.jobs.posting.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.EducationLevel;
import org.laborlink.events.JobType;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.jobs.posting.domain.Posting;
import org.laborlink.jobs.posting.domain.PostingStatus;
import org.laborlink.platform.occupations.OccupationNormaliser.Suggestion;

/**
 * A posting as the API shows it. Money in yuan per month. {@code occupationSuggestions}: the codes suggested for a
 * posting created with a title only (null otherwise); {@code occupationConfirmed}: whether its code was chosen.
 */
public record PostingView(
        UUID id,
        long version,
        String employerId,
        String title,
        String occupationCode,
        boolean occupationConfirmed,
        List<Suggestion> occupationSuggestions,
        JobType jobType,
        String workRegion,
        GeoPoint location,
        BigDecimal payMin,
        BigDecimal payMax,
        int headcount,
        int placesLeft,
        List<RequiredSkill> requiredSkills,
        boolean accommodation,
        boolean meals,
        boolean transport,
        LocalDate startDate,
        LocalDate expiresOn,
        Instant expiresAt,
        boolean requiresExperience,
        EducationLevel minEducation,
        Integer ageMin,
        Integer ageMax,
        LocalDate endDate,
        BigDecimal accidentInsuranceCover,
        PostingStatus status,
        Instant publishedAt,
        Instant closedAt) {

    public static PostingView of(Posting p) {
        return new PostingView(p.id, p.version, p.employerId, p.title, p.occupationCode, p.occupationConfirmed,
                p.occupationSuggestions == null ? null : p.occupationSuggestions.codes(), p.jobType, p.workRegion,
                p.location(), p.payMin, p.payMax, p.headcount, p.placesLeft, p.requirements.skills(), p.accommodation,
                p.meals, p.transport, p.startDate, p.expiresOn, p.expiresAt, p.requiresExperience, p.minEducation, p.ageMin, p.ageMax, p.endDate,
                p.accidentInsuranceCover, p.status, p.publishedAt, p.closedAt);
    }
}
