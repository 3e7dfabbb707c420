package org.laborlink.jobs.hiring.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a worker's household is registered (and where they now are), and their poverty status, as worker-registry last
 * announced.
 */
@Entity
@Table(name = "worker_home")
public class WorkerHome {

    @Id
    public UUID workerId;
    public long version;
    public String householdRegion;
    public String currentRegion;
    /** A {@link org.laborlink.events.workers.PovertyStatus}; null for a home recorded before it was kept. */
    public String povertyStatus;
    public Instant updatedAt;
}
