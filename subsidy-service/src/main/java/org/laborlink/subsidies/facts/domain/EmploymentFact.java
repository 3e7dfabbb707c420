package org.laborlink.subsidies.facts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.JobType;
import org.laborlink.subsidies.facts.events.EmploymentFactRecorder;

/** What subsidy-service knows of a hire from employment.v1 (written by {@link EmploymentFactRecorder}). Money in yuan. */
@Entity
@Table(name = "employment_fact")
public class EmploymentFact {

    @Id
    public UUID employmentId;
    public long version;
    public UUID workerId;
    public String employerId;
    public String householdRegion;
    public String workRegion;
    public LocalDate startDate;
    public LocalDate endDate;
    public BigDecimal monthlyPay;
    public boolean migrant;
    @Enumerated(EnumType.STRING)
    public JobType jobType;
    public BigDecimal accidentInsuranceCover;
}
