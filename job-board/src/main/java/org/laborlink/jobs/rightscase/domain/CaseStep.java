package org.laborlink.jobs.rightscase.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.rights.RightsCaseChanged.CaseStatus;

/** One entry of a case's trail (append-only: the table refuses updates and deletes). FILE is the first. */
@Entity
@Table(name = "rights_case_step")
public class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID caseId;
    /** FILE, or one of {@link RightsCase.Action}. */
    public String action;
    @Enumerated(EnumType.STRING)
    public CaseStatus statusAfter;
    public String note;
    public BigDecimal amountRecovered;
    public String takenBy;
    public Instant takenAt;

    public static CaseStep of(UUID caseId, String action, CaseStatus after, String note, BigDecimal recovered,
            String by, Instant at) {
        CaseStep s = new CaseStep();
        s.caseId = caseId;
        s.action = action;
        s.statusAfter = after;
        s.note = note;
        s.amountRecovered = recovered;
        s.takenBy = by;
        s.takenAt = at;
        return s;
    }
}
