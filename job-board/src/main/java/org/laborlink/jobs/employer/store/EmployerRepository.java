package org.laborlink.jobs.employer.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.employers.EmployerChanged.Standing;
import org.laborlink.jobs.employer.domain.Employer;
import org.laborlink.jobs.posting.EmployerStandings;
import org.laborlink.platform.store.TransactionLocks;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Employers in job-board's database. */
@ApplicationScoped
public class EmployerRepository implements PanacheRepositoryBase<Employer, UUID>, EmployerStandings {

    @Override
    public Uni<Standing> standingOf(String employerId) {
        UUID id;
        try {
            id = UUID.fromString(employerId);
        } catch (IllegalArgumentException notAnId) {
            return Uni.createFrom().nullItem();
        }
        return findById(id).map(e -> e == null ? null : e.standing);
    }

    public Uni<Employer> byCreditCode(String code) {
        return find("creditCode", code).firstResult();
    }

    /** Takes the transaction's locks on these keys (released at commit or rollback). */
    public Uni<Void> lock(Object... keys) {
        return Panache.getSession().chain(s -> TransactionLocks.lock(s, keys));
    }
}
