package org.laborlink.jobs.rightscase.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A province's deadlines for the rights cases of work in it, in calendar time: acknowledge within, resolve (or
 * refer) within; and its churn threshold for the early warning: an employer is flagged when, of its hires that started
 * within the look-back, at least the minimum number were hired and the share (per cent) or more ended within the days
 * given of their start. A province without one keeps the platform's: 3 days and 30 days; 30 % within 30 days, of at
 * least 5 hires started in the last 180 days.
 */
@Entity
@Table(name = "rights_policy")
public class RightsPolicy {

    public static final Duration ACKNOWLEDGE_WITHIN = Duration.ofDays(3);
    public static final Duration RESOLVE_WITHIN = Duration.ofDays(30);
    public static final int CHURN_SHARE_PERCENT = 30;
    public static final int CHURN_WITHIN_DAYS = 30;
    public static final int CHURN_MINIMUM_HIRES = 5;
    public static final int CHURN_LOOK_BACK_DAYS = 180;

    @Id
    public String province;
    public long acknowledgeWithinSeconds;
    public long resolveWithinSeconds;
    public int churnSharePercent = CHURN_SHARE_PERCENT;
    public int churnWithinDays = CHURN_WITHIN_DAYS;
    public int churnMinimumHires = CHURN_MINIMUM_HIRES;
    public int churnLookBackDays = CHURN_LOOK_BACK_DAYS;
    public String updatedBy;
    public Instant updatedAt;

    public static RightsPolicy platformDefault(String province) {
        RightsPolicy p = new RightsPolicy();
        p.province = province;
        p.acknowledgeWithinSeconds = ACKNOWLEDGE_WITHIN.toSeconds();
        p.resolveWithinSeconds = RESOLVE_WITHIN.toSeconds();
        p.updatedBy = "platform";
        return p;
    }

    public Duration acknowledgeWithin() {
        return Duration.ofSeconds(acknowledgeWithinSeconds);
    }

    public Duration resolveWithin() {
        return Duration.ofSeconds(resolveWithinSeconds);
    }

    /** Whether {@code ended} of {@code hired} hires (started within the look-back, ended within the days) is churn. */
    public boolean isChurn(long hired, long ended) {
        return hired >= churnMinimumHires && ended * 100 >= (long) churnSharePercent * hired;
    }
}
