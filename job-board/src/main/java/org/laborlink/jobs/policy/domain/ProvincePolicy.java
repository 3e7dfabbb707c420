package org.laborlink.jobs.policy.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
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
    @Column(name = "caring_job_pay_floor")
    public BigDecimal caringJobPayFloor;
    /** The local (first-tier) monthly minimum wage. */
    @Column(name = "minimum_monthly_wage")
    public BigDecimal minimumMonthlyWage;
    /** The poverty line as a monthly income: the least a public-welfare post pays. */
    @Column(name = "poverty_line_monthly_income")
    public BigDecimal povertyLineMonthlyIncome;
    /** The least accident insurance cover a public-welfare post carries (a sum, not monthly). */
    @Column(name = "public_welfare_insurance_cover")
    public BigDecimal publicWelfareInsuranceCover;
    @Column(name = "temporary_post_minimum_months")
    public int temporaryPostMinimumMonths;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
