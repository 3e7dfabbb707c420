package org.laborlink.jobs.rightscase.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.laborlink.events.rights.RightsCaseChanged.CaseStatus;
import org.laborlink.events.rights.RightsCaseChanged.CaseType;
import org.laborlink.jobs.rightscase.domain.CaseStep;
import org.laborlink.jobs.rightscase.domain.RightsCase;
import org.laborlink.jobs.rightscase.domain.RightsPolicy;

/** What the rights-case API answers. */
public final class RightsCaseViews {

    private RightsCaseViews() {
    }

    /**
     * A case as its reader may see it: {@code workerId} and {@code filedBy} are null for the employer where the case
     * type does not need the complainant named (unsafe conditions, other).
     */
    public record CaseView(UUID id, long version, UUID employmentId, String employerId, UUID workerId,
            String householdRegion, String workRegion, CaseType caseType, CaseStatus status, String description,
            BigDecimal amountClaimed, BigDecimal amountRecovered, String outcome, String filedBy, String filedAs,
            Instant filedAt, Instant acknowledgeBy, Instant resolveBy, Instant acknowledgedAt, Instant closedAt,
            boolean overdue, List<StepView> trail) {

        public static CaseView of(RightsCase c, boolean namesComplainant, Instant now, List<CaseStep> trail) {
            return new CaseView(c.id, c.version, c.employmentId, c.employerId, namesComplainant ? c.workerId : null,
                    c.householdRegion, c.workRegion, c.caseType, c.status, c.description, c.amountClaimed,
                    c.amountRecovered, c.outcome, namesComplainant ? c.filedBy : null, c.filedAs, c.filedAt,
                    c.acknowledgeBy, c.resolveBy, c.acknowledgedAt, c.closedAt, c.overdueAt(now),
                    trail == null ? null : trail.stream().map(s -> StepView.of(s, namesComplainant)).toList());
        }
    }

    public record StepView(String action, CaseStatus statusAfter, String note, BigDecimal amountRecovered,
            String takenBy, Instant takenAt) {

        static StepView of(CaseStep s, boolean namesComplainant) {
            boolean filing = "FILE".equals(s.action);
            return new StepView(s.action, s.statusAfter, s.note, s.amountRecovered,
                    filing && !namesComplainant ? null : s.takenBy, s.takenAt);
        }
    }

    public record RightsPolicyView(String province, String acknowledgeWithin, String resolveWithin,
            int churnSharePercent, int churnWithinDays, int churnMinimumHires, int churnLookBackDays, String updatedBy,
            Instant updatedAt) {

        public static RightsPolicyView of(RightsPolicy p) {
            return new RightsPolicyView(p.province, p.acknowledgeWithin().toString(), p.resolveWithin().toString(),
                    p.churnSharePercent, p.churnWithinDays, p.churnMinimumHires, p.churnLookBackDays, p.updatedBy,
                    p.updatedAt);
        }
    }

    /**
     * A region's (or one employer's) rights figures; money in yuan, {@code medianDaysToResolve} null before any;
     * {@code side} work (cases of work in the region) or home (of its people); {@code scope} all, or the partner's
     * province whose workers alone are counted; {@code from}/{@code to} the filing days, when asked.
     */
    public record RightsFiguresView(String region, org.laborlink.jobs.rightscase.store.RightsFigures.Side side,
            String employerId, String scope, java.time.LocalDate from, java.time.LocalDate to, long cases,
            java.util.Map<CaseStatus, Long> byStatus, long overdue, BigDecimal amountRecovered,
            BigDecimal medianDaysToResolve, long flaggedEmployers, List<TypeFigures> byType) {
    }

    public record TypeFigures(CaseType caseType, long cases, long open, long resolved, long overdue,
            BigDecimal amountClaimed, BigDecimal amountRecovered) {
    }
}
