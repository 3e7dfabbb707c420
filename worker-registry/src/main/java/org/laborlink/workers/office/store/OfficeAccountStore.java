package org.laborlink.workers.office.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.platform.reference.RegionCode;
import org.laborlink.workers.office.domain.OfficeAccount;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The office accounts the platform created, in worker-registry's database. */
@ApplicationScoped
public class OfficeAccountStore implements PanacheRepositoryBase<OfficeAccount, String> {

    public Uni<List<OfficeAccount>> within(RegionCode region) {
        return find("region like ?1 order by createdAt", region.prefix() + "%").list();
    }
}
