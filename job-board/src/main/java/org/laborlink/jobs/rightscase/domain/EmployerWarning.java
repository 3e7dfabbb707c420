package org.laborlink.jobs.rightscase.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.rights.EmployerFlagChanged.Reason;

/**
 * An employer flagged by the early warning: while it stands, the employer's new postings wait for an officer's
 * review and its open postings are held (out of workers' recommendations). A wage-arrears flag clears when the
 * employer's last open wage-arrears case is closed; a churn or layoff flag when an officer clears it, with a reason.
 */
@Entity
@Table(name = "employer_warning")
public class EmployerWarning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String employerId;
    @Enumerated(EnumType.STRING)
    public Reason reason;
    public Instant raisedAt;
    public String raisedBy;
    public Instant clearedAt;
    public String clearedBy;
    public String clearReason;
}
