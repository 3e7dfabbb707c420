package org.laborlink.matching.placements.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.laborlink.events.applications.ApplicationChanged;
import org.laborlink.events.employment.EmploymentEnded;
import org.laborlink.matching.index.domain.JobDocument;

/**
 * One outcome matching learns from, as the placement indexes keep it: a worker of a county applied to, was offered,
 * refused or hired at a posting of an occupation group in a prefecture, by an employer ({@code placements}, one
 * document per application, as its latest state); or a hire there ended early ({@code placement-endings}). The
 * {@code weight} is what the outcome says of where the county's workers go: an application {@value #APPLIED}, a hire
 * {@value #HIRED}, a withdrawn application nothing, and a hire that ended within {@value #EARLY_ENDING_DAYS} days
 * takes its hire's weight back ({@value #ENDED_EARLY}).
 */
public record PlacementDocument(String county, String workerId, String employerId, String occupationGroup,
        String workPrefecture, double weight, Instant at) {

    public static final double APPLIED = 0.5;
    public static final double HIRED = 1.0;
    public static final double ENDED_EARLY = -HIRED;
    public static final int EARLY_ENDING_DAYS = 30;

    /** The application as an outcome; empty when an older producer left out the facts (region, occupation). */
    public static Optional<PlacementDocument> of(ApplicationChanged a) {
        if (a.householdRegion() == null || a.occupationCode() == null || a.workRegion() == null) {
            return Optional.empty();
        }
        double weight = switch (a.status()) {
            case APPLIED, OFFERED, REJECTED -> APPLIED;
            case HIRED -> HIRED;
            case WITHDRAWN -> 0;
        };
        return Optional.of(new PlacementDocument(a.householdRegion(), a.workerId(), a.employerId(),
                JobDocument.occupationGroup(a.occupationCode()), JobDocument.workPrefecture(a.workRegion()), weight,
                a.changedAt()));
    }

    /**
     * A hire through a posting that ended within {@value #EARLY_ENDING_DAYS} days of its start; empty for any other
     * ending (and for hires arranged off the platform, which name no occupation).
     */
    public static Optional<PlacementDocument> endedEarly(EmploymentEnded e) {
        if (e.postingId() == null || e.occupationCode() == null || e.householdRegion() == null || e.workRegion() == null
                || e.startDate() == null || !early(e.startDate(), e.endDate())) {
            return Optional.empty();
        }
        return Optional.of(new PlacementDocument(e.householdRegion(), e.workerId(), e.employerId(),
                JobDocument.occupationGroup(e.occupationCode()), JobDocument.workPrefecture(e.workRegion()), ENDED_EARLY,
                e.endedAt()));
    }

    /** Whether a hire from {@code start} ending on {@code end} ended early. */
    private static boolean early(LocalDate start, LocalDate end) {
        return end.isBefore(start.plusDays(EARLY_ENDING_DAYS));
    }
}
