package org.laborlink.subsidies.policy.domain;

import java.time.LocalDate;

/** A province's policy as it stands on a day: which version, in effect from when. */
public record PolicyInEffect(String province, int version, LocalDate effectiveFrom, SubsidyPolicy policy) {
}
