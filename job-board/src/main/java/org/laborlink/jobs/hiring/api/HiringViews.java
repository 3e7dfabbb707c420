package org.laborlink.jobs.hiring.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.laborlink.events.applications.ApplicationChanged;
import org.laborlink.jobs.hiring.domain.Application;
import org.laborlink.jobs.hiring.domain.Employment;

/** Applications and employment records as the API shows them. Money in yuan per month. */
public final class HiringViews {

    private HiringViews() {
    }

    public record ApplicationView(UUID id, long version, UUID postingId, UUID workerId, String employerId,
            ApplicationChanged.Status status, UUID fairId, String note, LocalDate offeredStart, BigDecimal offeredPay,
            Instant appliedAt, Instant updatedAt) {

        public static ApplicationView of(Application a) {
            return new ApplicationView(a.id, a.version, a.postingId, a.workerId, a.employerId, a.status, a.fairId, a.note,
                    a.offeredStart, a.offeredPay, a.appliedAt, a.updatedAt);
        }
    }

    public record EmploymentView(UUID id, long version, UUID workerId, String employerId, UUID postingId,
            String householdRegion, String workRegion, LocalDate startDate, BigDecimal monthlyPay, boolean migrant,
            LocalDate endDate, String endReason, Instant hiredAt, Instant updatedAt, long feedPosition) {

        public static EmploymentView of(Employment e) {
            return new EmploymentView(e.id, e.version, e.workerId, e.employerId, e.postingId, e.householdRegion,
                    e.workRegion, e.startDate, e.monthlyPay, e.migrant, e.endDate, e.endReason, e.hiredAt, e.updatedAt,
                    e.feedPosition);
        }
    }

    /** A page of the partner feed: changes after {@code after}, and where the next page starts. */
    public record FeedPage(List<EmploymentView> changes, long after, String next) {
    }
}
