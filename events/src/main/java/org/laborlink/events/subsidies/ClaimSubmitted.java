package org.laborlink.events.subsidies;

import java.math.BigDecimal;
import java.time.Instant;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.Nullable;

/**
 * A subsidy claim was submitted, for a subject (a hire, a post and month, an employer's or a student's year). Money in
 * yuan.
 */
public record ClaimSubmitted(
        String claimId,
        long version,
        ProgrammeKind programme,
        String subject,
        String claimantRole,
        @Nullable String workerId,
        @Nullable String employerId,
        @Nullable String employmentId,
        @Nullable BigDecimal amountClaimed,
        Instant submittedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
