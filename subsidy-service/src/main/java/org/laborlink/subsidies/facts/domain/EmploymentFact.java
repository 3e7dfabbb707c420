package org.laborlink.subsidies.facts.domain;

import org.laborlink.subsidies.facts.events.EmploymentFactRecorder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.JobType;

/** What subsidy-service knows of a hire from employment.v1 (written by {@link EmploymentFactRecorder}). Money in yuan. */
@Entity
@Table(name = "employment_fact")
public class EmploymentFact {

    @Id
    @Column(name = "employment_id")
    public UUID employmentId;
    public long version;
    @Column(name = "worker_id")
    public UUID workerId;
    @Column(name = "employer_id")
    public String employerId;
    @Column(name = "household_region")
    public String householdRegion;
    @Column(name = "work_region")
    public String workRegion;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "monthly_pay")
    public BigDecimal monthlyPay;
    public boolean migrant;
    @Enumerated(EnumType.STRING)
    @Column(name = "job_type")
    public JobType jobType;
    @Column(name = "accident_insurance_cover")
    public BigDecimal accidentInsuranceCover;
}
