package org.laborlink.jobs.rightscase.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.rights.RightsCaseChanged;
import org.laborlink.events.rights.RightsCaseChanged.CaseStatus;
import org.laborlink.events.rights.RightsCaseChanged.CaseType;
import org.laborlink.platform.problem.ProblemException;

/**
 * A rights-protection case: a complaint about one employment record (wage arrears, unpaid overtime, no written
 * contract, a work injury, unsafe conditions, other), handled by the officers of the record's work region. It must be
 * acknowledged by {@code acknowledgeBy} and closed (resolved or referred to labour inspection) by {@code resolveBy};
 * past either it is overdue. Money in yuan.
 */
@Entity
@Table(name = "rights_case")
public class RightsCase {

    /** The case types whose complaint cannot be handled without the employer knowing who complained. */
    public static final Set<CaseType> NAMES_THE_COMPLAINANT = EnumSet.of(CaseType.WAGE_ARREARS, CaseType.UNPAID_OVERTIME,
            CaseType.NO_WRITTEN_CONTRACT, CaseType.WORK_INJURY);

    /** The steps officers take in a case. */
    public enum Action {
        ACKNOWLEDGE, CONTACT_EMPLOYER, MEDIATE, RESOLVE, REFER
    }

    @Id
    public UUID id;
    public long version;
    public UUID employmentId;
    public String employerId;
    public UUID workerId;
    public String householdRegion;
    public String workRegion;
    @Enumerated(EnumType.STRING)
    public CaseType caseType;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    public String description;
    public BigDecimal amountClaimed;
    public BigDecimal amountRecovered;
    public String outcome;
    public String filedBy;
    /** The filer's role: worker, officer or partner. */
    public String filedAs;
    public Instant filedAt;
    public Instant acknowledgeBy;
    public Instant resolveBy;
    public Instant acknowledgedAt;
    public Instant closedAt;

    public boolean closed() {
        return status == CaseStatus.RESOLVED || status == CaseStatus.REFERRED;
    }

    /** Not acknowledged by its first deadline, or not closed by its last. */
    public boolean overdueAt(Instant now) {
        return status == CaseStatus.FILED && now.isAfter(acknowledgeBy) || !closed() && now.isAfter(resolveBy);
    }

    /**
     * One step, checked against where the case stands: a closed case takes none; only a filed case is acknowledged, and
     * every other step comes after it; a resolution says how it ended and recovers no more than was claimed.
     */
    public CaseStatus take(Action action, String outcomeText, BigDecimal recovered, Instant now) {
        if (closed()) {
            throw ProblemException.conflict("case-closed", "case " + id + " is " + status + ": it takes no more steps");
        }
        if (action == Action.ACKNOWLEDGE) {
            if (status != CaseStatus.FILED) {
                throw ProblemException.conflict("case-acknowledged", "case " + id + " is acknowledged already");
            }
        } else if (status == CaseStatus.FILED) {
            throw ProblemException.conflict("case-not-acknowledged", "acknowledge case " + id + " before its next step");
        }
        if (action != Action.RESOLVE && recovered != null) {
            throw ProblemException.invalidField("amountRecovered", "is given only with a resolution");
        }
        if (action == Action.RESOLVE) {
            if (outcomeText == null || outcomeText.isBlank()) {
                throw ProblemException.invalidField("outcome", "is required: say how the case was resolved");
            }
            if (recovered != null && amountClaimed != null && recovered.compareTo(amountClaimed) > 0) {
                throw ProblemException.invalidField("amountRecovered", "is more than the " + amountClaimed.toPlainString()
                        + " yuan claimed");
            }
        }
        status = switch (action) {
            case ACKNOWLEDGE -> CaseStatus.ACKNOWLEDGED;
            case CONTACT_EMPLOYER -> CaseStatus.EMPLOYER_CONTACTED;
            case MEDIATE -> CaseStatus.IN_MEDIATION;
            case RESOLVE -> CaseStatus.RESOLVED;
            case REFER -> CaseStatus.REFERRED;
        };
        if (action == Action.ACKNOWLEDGE) {
            acknowledgedAt = now;
        }
        if (action == Action.RESOLVE) {
            outcome = outcomeText.strip();
            amountRecovered = recovered == null ? null : recovered.setScale(2);
        }
        if (action == Action.REFER && outcomeText != null && !outcomeText.isBlank()) {
            outcome = outcomeText.strip();
        }
        if (closed()) {
            closedAt = now;
        }
        version++;
        return status;
    }

    public RightsCaseChanged changed(Instant now) {
        return new RightsCaseChanged(id.toString(), version, employmentId.toString(), employerId, workerId.toString(),
                householdRegion, workRegion, caseType, status, amountClaimed, amountRecovered, acknowledgeBy, resolveBy, now);
    }
}
