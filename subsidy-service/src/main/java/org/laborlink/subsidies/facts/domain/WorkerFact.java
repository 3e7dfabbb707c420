package org.laborlink.subsidies.facts.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.subsidies.facts.events.WorkerFactRecorder;

/** What subsidy-service knows of a worker from workers.v1 (written by {@link WorkerFactRecorder}). */
@Entity
@Table(name = "worker_fact")
public class WorkerFact {

    @Id
    public UUID workerId;
    public long version;
    public String householdRegion;
    @Enumerated(EnumType.STRING)
    public PovertyStatus povertyStatus;
}
