package org.laborlink.subsidies.facts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.subsidies.facts.events.EmployerFactRecorder;

/** What subsidy-service knows of an employer from employers.v1 (written by {@link EmployerFactRecorder}). */
@Entity
@Table(name = "employer_fact")
public class EmployerFact {

    @Id
    public String employerId;
    public long version;
    public String region;
    public boolean sme;
    public boolean helpingCompany;
    /** Suspended by its labour office: claims about it wait until it is reinstated. */
    public boolean suspended;
}
