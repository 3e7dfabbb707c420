package org.laborlink.jobs.hiring.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a worker's household is registered (and where they now are), as worker-registry last announced. */
@Entity
@Table(name = "worker_home")
public class WorkerHome {

    @Id
    public UUID workerId;
    public long version;
    public String householdRegion;
    public String currentRegion;
    public Instant updatedAt;
}
