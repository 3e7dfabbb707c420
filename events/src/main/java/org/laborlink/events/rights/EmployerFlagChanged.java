package org.laborlink.events.rights;

import java.time.Instant;
import java.util.List;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.Nullable;

/**
 * The early warning raised or cleared a flag on an employer: an open wage-arrears case, abnormal churn, or a planned
 * layoff. {@code flagged} says whether any flag still stands after this change (while one does, the employer's new
 * postings wait for an officer's review and its open postings are held). {@code homeRegions} counts the workers it
 * employs now by their household region, so the offices and partner provinces of their homes are told; no worker is
 * named. {@code employerRegion} is null for an employer not registered on the platform (named by a hire recorded off
 * it).
 */
public record EmployerFlagChanged(
        String employerId,
        long version,
        @Nullable String employerRegion,
        Reason reason,
        boolean raised,
        boolean flagged,
        List<HomeRegionWorkers> homeRegions,
        Instant changedAt) implements DomainEvent {

    /** Why an employer is flagged. */
    public enum Reason {
        WAGE_ARREARS, CHURN, LAYOFF
    }

    /** How many of the employer's current workers have their household in {@code region}. */
    public record HomeRegionWorkers(String region, int workers) {
    }

    @Override
    public String aggregateId() {
        return employerId;
    }
}
