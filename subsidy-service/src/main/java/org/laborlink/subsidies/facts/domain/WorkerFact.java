package org.laborlink.subsidies.facts.domain;

import org.laborlink.subsidies.facts.events.WorkerFactRecorder;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.workers.PovertyStatus;

/** What subsidy-service knows of a worker from workers.v1 (written by {@link WorkerFactRecorder}). */
@Entity
@Table(name = "worker_fact")
public class WorkerFact {

    @Id
    @Column(name = "worker_id")
    public UUID workerId;
    public long version;
    @Column(name = "household_region")
    public String householdRegion;
    @Enumerated(EnumType.STRING)
    @Column(name = "poverty_status")
    public PovertyStatus povertyStatus;
}
