package org.laborlink.jobs.employer.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.employer.domain.Employer;
import org.laborlink.platform.store.TransactionLocks;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Employers in job-board's database. */
@ApplicationScoped
public class EmployerRepository implements PanacheRepositoryBase<Employer, UUID> {

    public Uni<Employer> byCreditCode(String code) {
        return find("creditCode", code).firstResult();
    }

    /** Takes the transaction's locks on these keys (released at commit or rollback). */
    public Uni<Void> lock(Object... keys) {
        return Panache.getSession().chain(s -> TransactionLocks.lock(s, keys));
    }
}
