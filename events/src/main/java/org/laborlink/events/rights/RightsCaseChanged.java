package org.laborlink.events.rights;

import java.math.BigDecimal;
import java.time.Instant;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.Nullable;

/**
 * A rights-protection case was filed about one employment record, or a step was taken in it (acknowledged, the
 * employer contacted, mediation, resolved with what was recovered, referred to labour inspection). Money in yuan.
 * No description or outcome text: those stay with the case, for the parties who may read it.
 */
public record RightsCaseChanged(
        String caseId,
        long version,
        String employmentId,
        String employerId,
        String workerId,
        String householdRegion,
        String workRegion,
        CaseType caseType,
        CaseStatus status,
        @Nullable BigDecimal amountClaimed,
        @Nullable BigDecimal amountRecovered,
        Instant acknowledgeBy,
        Instant resolveBy,
        Instant changedAt) implements DomainEvent {

    /** What a case is about. */
    public enum CaseType {
        WAGE_ARREARS, UNPAID_OVERTIME, NO_WRITTEN_CONTRACT, WORK_INJURY, UNSAFE_CONDITIONS, OTHER
    }

    /** Where a case stands; RESOLVED and REFERRED close it. */
    public enum CaseStatus {
        FILED, ACKNOWLEDGED, EMPLOYER_CONTACTED, IN_MEDIATION, RESOLVED, REFERRED
    }

    @Override
    public String aggregateId() {
        return caseId;
    }
}
