package org.laborlink.jobs.employer.store;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.employer.domain.EmployerAccount;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The HR accounts of employers, live and removed. */
@ApplicationScoped
public class EmployerAccountRepository implements PanacheRepositoryBase<EmployerAccount, UUID> {

    /** The employer link an account holds now, if any. */
    public Uni<EmployerAccount> liveOf(String userId) {
        return find("userId = ?1 and removedAt is null", userId).firstResult();
    }

    public Uni<List<EmployerAccount>> ofEmployer(UUID employerId) {
        return find("employerId = ?1 order by linkedAt", employerId).list();
    }

    public Uni<Long> liveAdminsOf(UUID employerId) {
        return count("employerId = ?1 and accountAdmin = true and removedAt is null", employerId);
    }
}
