package org.laborlink.events.subsidies;

import java.math.BigDecimal;
import java.time.Instant;

import org.laborlink.events.DomainEvent;

/** An approved claim was paid: the amount (yuan) and the payment's reference. */
public record ClaimPaid(
        String claimId,
        long version,
        ProgrammeKind programme,
        String region,
        BigDecimal amount,
        String paymentReference,
        String paidBy,
        Instant paidAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
