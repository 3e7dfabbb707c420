package org.laborlink.workers.partnerclient.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.workers.partnerclient.domain.PartnerClient;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The partner clients the platform created, in worker-registry's database. */
@ApplicationScoped
public class PartnerClientStore implements PanacheRepositoryBase<PartnerClient, String> {

    public Uni<List<PartnerClient>> ofProvince(String province) {
        return find("province = ?1 order by createdAt", province).list();
    }
}
