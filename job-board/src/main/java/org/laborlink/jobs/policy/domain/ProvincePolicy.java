package org.laborlink.jobs.policy.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A province's employment policy numbers that posting types are held to. Money in yuan (monthly unless named
 * otherwise).
 */
@Entity
@Table(name = "province_policy")
public class ProvincePolicy {

    @Id
    public String province;
    /** The least basic monthly pay of a caring job. */
    public BigDecimal caringJobPayFloor;
    /** The local (first-tier) monthly minimum wage. */
    public BigDecimal minimumMonthlyWage;
    /** The poverty line as a monthly income: the least a public-welfare post pays. */
    public BigDecimal povertyLineMonthlyIncome;
    /** The least accident insurance cover a public-welfare post carries (a sum, not monthly). */
    public BigDecimal publicWelfareInsuranceCover;
    public int temporaryPostMinimumMonths;
    public String updatedBy;
    public Instant updatedAt;
}
