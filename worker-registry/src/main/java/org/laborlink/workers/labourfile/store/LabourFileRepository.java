package org.laborlink.workers.labourfile.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.workers.labourfile.domain.LabourFile;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Labour files in worker-registry's database. */
@ApplicationScoped
public class LabourFileRepository implements PanacheRepositoryBase<LabourFile, UUID> {
}
