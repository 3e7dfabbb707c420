package org.laborlink.workers.labourfile.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.workers.labourfile.domain.LabourFile;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Labour files in worker-registry's database. */
@ApplicationScoped
public class LabourFileRepository implements PanacheRepositoryBase<LabourFile, UUID> {

    /** The file with this ID number's blind index, or null. */
    public Uni<LabourFile> findByIdNumberIndex(byte[] index) {
        return find("idNumberIndex", (Object) index).firstResult();
    }
}
