package org.laborlink.jobs.employer.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.employer.domain.Employer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Employers in job-board's database. */
@ApplicationScoped
public class EmployerRepository implements PanacheRepositoryBase<Employer, UUID> {

    public Uni<Employer> byCreditCode(String code) {
        return find("creditCode", code).firstResult();
    }

    /** Takes a transaction-scoped lock on a key (released at commit or rollback). */
    public Uni<Void> lock(String key) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked", Integer.class)
                .setParameter("key", key).getSingleResult()).replaceWithVoid();
    }
}
