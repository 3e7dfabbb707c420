package org.laborlink.jobs.rightscase.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A province's deadlines for the rights cases of work in it, in calendar time: acknowledge within, resolve (or
 * refer) within. A province without one keeps the platform's: 3 days and 30 days.
 */
@Entity
@Table(name = "rights_policy")
public class RightsPolicy {

    public static final Duration ACKNOWLEDGE_WITHIN = Duration.ofDays(3);
    public static final Duration RESOLVE_WITHIN = Duration.ofDays(30);

    @Id
    public String province;
    public long acknowledgeWithinSeconds;
    public long resolveWithinSeconds;
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
}
