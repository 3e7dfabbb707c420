package org.laborlink.jobs.hiring.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a worker's household is registered (and where they now are), as worker-registry last announced. */
@Entity
@Table(name = "worker_home")
public class WorkerHome {

    @Id
    @Column(name = "worker_id")
    public UUID workerId;
    public long version;
    @Column(name = "household_region")
    public String householdRegion;
    @Column(name = "current_region")
    public String currentRegion;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
