package org.laborlink.workers.verification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.workers.VerificationOutcome;

/** A house-to-house visit of a county team to check a labour file against the worker's real situation. */
@Entity
@Table(name = "verification_visit")
public class VerificationVisit {

    @Id
    public UUID id;
    public UUID fileId;
    public LocalDate visitedOn;
    @Enumerated(EnumType.STRING)
    public VerificationOutcome outcome;
    public String corrections;
    public String notes;
    public String officer;
    public Instant recordedAt;
}
