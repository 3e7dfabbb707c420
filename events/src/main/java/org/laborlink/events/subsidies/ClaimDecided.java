package org.laborlink.events.subsidies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.Nullable;

/**
 * A claim was decided: found eligible by the programme's rules (SUBMITTED, awaiting an officer) or not (REJECTED with
 * the rules it failed), approved or rejected by an officer, or its approval reversed. Money in yuan.
 */
public record ClaimDecided(
        String claimId,
        long version,
        ProgrammeKind programme,
        ClaimStatus status,
        @Nullable String region,
        @Nullable BigDecimal amount,
        List<String> failedRules,
        @Nullable String reason,
        String decidedBy,
        Instant decidedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
