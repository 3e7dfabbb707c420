package org.laborlink.subsidies.claim.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.laborlink.events.subsidies.ClaimStatus;
import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.subsidies.claim.domain.Claim;
import org.laborlink.subsidies.claim.domain.Decision;
import org.laborlink.subsidies.claim.domain.Evidence;
import org.laborlink.subsidies.policy.domain.Claimant;

/**
 * A claim as its readers see it: the subject, where it stands, the amount claimed and decided, the catalogue version
 * it was held to, the decision with each rule's figures (or the facts it waits for), and, read alone, its audit trail.
 * Money in yuan.
 */
public record ClaimView(UUID id, long version, ProgrammeKind programme, ClaimStatus status, Claimant claimantRole,
        UUID employmentId, UUID enrolmentId, UUID workerId, String employerId, String period, BigDecimal amountClaimed, BigDecimal amount,
        List<Evidence> evidence, String region, Policy policy, Decision decision, String reason,
        String paymentReference, Instant submittedAt, Instant decidedAt, Instant paidAt, List<AuditEntry> trail) {

    /** The catalogue version a claim was held to. */
    public record Policy(String province, Integer version, Integer budgetYear) {
    }

    /** One entry of the append-only trail: who did what, when, and the facts used. */
    public record AuditEntry(int seq, Instant at, String actor, String action, ClaimStatus status, Object detail) {
    }

    public static ClaimView of(Claim c, List<AuditEntry> trail) {
        return new ClaimView(c.id, c.version, c.programme, c.status, c.claimantRole, c.employmentId, c.enrolmentId,
                c.workerId, c.employerId, c.period, c.amountClaimed, c.amount, c.evidence.items(), c.region,
                c.policyProvince == null ? null : new Policy(c.policyProvince, c.policyVersion, c.budgetYear),
                c.decision, c.reason, c.paymentReference, c.submittedAt, c.decidedAt, c.paidAt, trail);
    }
}
