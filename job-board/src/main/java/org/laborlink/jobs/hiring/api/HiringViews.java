package org.laborlink.jobs.hiring.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.laborlink.events.applications.ApplicationChanged;
import org.laborlink.events.JobType;
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
            LocalDate endDate, String endReason, LocalDate stayedThreeMonthsOn, LocalDate stayedSixMonthsOn,
            Instant hiredAt, Instant updatedAt, long feedPosition, JobType jobType, BigDecimal accidentInsuranceCover) {

        public static EmploymentView of(Employment e) {
            return new EmploymentView(e.id, e.version, e.workerId, e.employerId, e.postingId, e.householdRegion,
                    e.workRegion, e.startDate, e.monthlyPay, e.migrant, e.endDate, e.endReason, e.stayedThreeMonthsOn,
                    e.stayedSixMonthsOn, e.hiredAt, e.updatedAt, e.feedPosition, e.jobType, e.accidentInsuranceCover);
        }
    }

    /** A page of the partner feed: changes after {@code after}, and where the next page starts. */
    public record FeedPage(List<EmploymentView> changes, long after, String next) {
    }

    /**
     * Stable employment: hires; of those begun at least 3 (6) months ago, how many stayed that long, and the rate;
     * retention from {@code from} to {@code to} (records active on {@code from} still active on {@code to}); the same
     * by the workers' home province.
     */
    public record StableEmploymentFigures(LocalDate from, LocalDate to, long hires, long dueThreeMonths,
            long stayedThreeMonths, Double threeMonthRate, long dueSixMonths, long stayedSixMonths, Double sixMonthRate,
            long employedOnFrom, long stillEmployedOnTo, Double retentionRate, List<ByOrigin> byOriginProvince) {

        public static StableEmploymentFigures of(LocalDate from, LocalDate to, long[] n, List<ByOrigin> origins) {
            return new StableEmploymentFigures(from, to, n[0], n[1], n[2], rate(n[2], n[1]), n[3], n[4], rate(n[4], n[3]),
                    n[5], n[6], rate(n[6], n[5]), origins);
        }

        /** The same figures for the workers of one home province. */
        public record ByOrigin(String province, long hires, long stayedThreeMonths, Double threeMonthRate,
                long stayedSixMonths, Double sixMonthRate, long employedOnFrom, long stillEmployedOnTo, Double retentionRate) {

            public static ByOrigin of(String province, long[] n) {
                return new ByOrigin(province, n[0], n[2], rate(n[2], n[1]), n[4], rate(n[4], n[3]), n[5], n[6], rate(n[6], n[5]));
            }
        }

        static Double rate(long part, long whole) {
            return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
        }
    }
}
