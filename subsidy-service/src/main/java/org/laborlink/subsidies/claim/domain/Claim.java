package org.laborlink.subsidies.claim.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.laborlink.events.subsidies.ClaimDecided;
import org.laborlink.events.subsidies.ClaimPaid;
import org.laborlink.events.subsidies.ClaimStatus;
import org.laborlink.events.subsidies.ClaimSubmitted;
import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.subsidies.policy.domain.Claimant;

/**
 * A subsidy claim under a programme, for one subject: a hire (transport, SME hiring), a hire and month
 * (public-welfare post), an employer's year (helping-company reward), a worker's year (student living), a completed
 * course (training). Its region,
 * the catalogue version it was held to and its decision come from the facts. Money in yuan.
 */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public Long seq;
    public long version;
    @Enumerated(EnumType.STRING)
    public ProgrammeKind programme;
    public String subjectKey;
    @Enumerated(EnumType.STRING)
    public ClaimStatus status;
    public String claimant;
    @Enumerated(EnumType.STRING)
    public Claimant claimantRole;
    public String claimantRef;
    public UUID workerId;
    public String employerId;
    public UUID employmentId;
    /** The completed course a TRAINING claim is for. */
    public UUID enrolmentId;
    /** The month (yyyy-MM) of a public-welfare post claim, or the year (yyyy) of a yearly one. */
    public String period;
    public BigDecimal amountClaimed;
    public BigDecimal amount;
    @JdbcTypeCode(SqlTypes.JSON)
    public Evidence.Documents evidence;
    public String region;
    public String householdRegion;
    public String policyProvince;
    public Integer policyVersion;
    public Integer budgetYear;
    @JdbcTypeCode(SqlTypes.JSON)
    public Decision decision;
    public Long budgetId;
    public String paymentReference;
    public String reason;
    public Instant submittedAt;
    public Instant decidedAt;
    public Instant paidAt;
    public Instant updatedAt;

    /** The prefix of a subject key that holds no slot: the claimant's right to claim for the subject is not yet known. */
    static final String UNVERIFIED = "unverified:";

    /**
     * The subject claimed for ({@code <employmentId>[:yyyy-MM]}, {@code <employerId>:<year>},
     * {@code <workerId>:<year>}, {@code <enrolmentId>}): one live claim per programme and subject.
     */
    public String subject() {
        return switch (programme) {
            case TRANSPORT, SME_HIRING -> employmentId.toString();
            case PUBLIC_WELFARE_POST -> employmentId + ":" + period;
            case HELPING_COMPANY_REWARD -> employerId + ":" + period;
            case STUDENT_LIVING -> workerId + ":" + period;
            case TRAINING -> enrolmentId.toString();
        };
    }

    /** Submitted but not yet shown to be the claimant's to claim: the claim holds no slot of its subject. */
    public void holdNoSlotYet() {
        subjectKey = UNVERIFIED + id;
    }

    /** Whether the claim holds its subject's one live slot (it passed who-may-claim). */
    public boolean holdsSlot() {
        return !subjectKey.startsWith(UNVERIFIED);
    }

    /** Takes the subject's slot, once the claimant is known to be one who may claim for it. */
    public void takeSlot() {
        subjectKey = subject();
    }

    public ClaimSubmitted submitted() {
        return new ClaimSubmitted(id.toString(), version, programme, subject(), claimantRole.name(),
                workerId == null ? null : workerId.toString(), employerId,
                employmentId == null ? null : employmentId.toString(), amountClaimed, submittedAt);
    }

    /** The rules' verdict: eligible (SUBMITTED, awaiting an officer) or REJECTED; or still waiting for facts. */
    public ClaimDecided assessed(Decision decision, ClaimStatus outcome, Instant now) {
        this.decision = decision;
        this.amount = decision.amount();
        return move(outcome, null, "subsidy-service", now);
    }

    /** The amount an approval will use of the budget; refused unless the claim is eligible and awaiting approval. */
    public BigDecimal approvable() {
        expect(ClaimStatus.SUBMITTED, "approved");
        if (amount == null) {
            throw ProblemException.conflict("claim-without-amount", "claim " + id + " has no decided amount");
        }
        return amount;
    }

    public ClaimDecided approve(long budgetId, String officer, Instant now) {
        expect(ClaimStatus.SUBMITTED, "approved");
        this.budgetId = budgetId;
        return move(ClaimStatus.APPROVED, null, officer, now);
    }

    public ClaimDecided reject(String reason, String officer, Instant now) {
        if (status != ClaimStatus.SUBMITTED && status != ClaimStatus.WAITING_FOR_FACTS) {
            throw ProblemException.conflict("claim-not-open", "claim " + id + " is " + status + "; it cannot be rejected");
        }
        return move(ClaimStatus.REJECTED, reason, officer, now);
    }

    public ClaimDecided reverse(String reason, String officer, Instant now) {
        expect(ClaimStatus.APPROVED, "reversed");
        return move(ClaimStatus.REVERSED, reason, officer, now);
    }

    public ClaimPaid pay(String paymentReference, String officer, Instant now) {
        expect(ClaimStatus.APPROVED, "paid");
        this.paymentReference = paymentReference;
        this.status = ClaimStatus.PAID;
        this.paidAt = now;
        this.updatedAt = now;
        this.version++;
        return new ClaimPaid(id.toString(), version, programme, region, amount, paymentReference, officer, now);
    }

    private void expect(ClaimStatus expected, String what) {
        if (status != expected) {
            throw ProblemException.conflict("claim-not-" + expected.name().toLowerCase().replace('_', '-'),
                    "claim " + id + " is " + status + "; only a " + expected + " claim is " + what);
        }
    }

    private ClaimDecided move(ClaimStatus to, String reason, String by, Instant now) {
        this.status = to;
        if (reason != null) {
            this.reason = reason;
        }
        if (to != ClaimStatus.WAITING_FOR_FACTS) {
            this.decidedAt = now;
        }
        this.updatedAt = now;
        this.version++;
        return new ClaimDecided(id.toString(), version, programme, to, region, amount,
                decision == null ? List.of() : decision.failedRules(), reason, by, now);
    }
}
