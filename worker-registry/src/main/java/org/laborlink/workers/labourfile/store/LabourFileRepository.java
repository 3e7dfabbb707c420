package org.laborlink.workers.labourfile.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.platform.reference.RegionCode;
import org.laborlink.workers.labourfile.domain.LabourFile;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Labour files in worker-registry's database. */
@ApplicationScoped
public class LabourFileRepository implements PanacheRepositoryBase<LabourFile, UUID> {

    /** Files of a region (by code prefix) not verified since the cutoff, by id after the cursor. */
    public Uni<List<LabourFile>> unverifiedIn(RegionCode region, LocalDate cutoff, UUID after, int limit) {
        return find("householdRegion like ?1 and (lastVerifiedOn is null or lastVerifiedOn < ?2) and id > ?3 order by id",
                region.prefix() + "%", cutoff, after).page(0, limit).list();
    }

    /** The file with this ID number's blind index, or null. */
    public Uni<LabourFile> findByIdNumberIndex(byte[] index) {
        return find("idNumberIndex", (Object) index).firstResult();
    }
}
