package org.laborlink.jobs.employer.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.employer.domain.Employer;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Employers in job-board's database. */
@ApplicationScoped
public class EmployerRepository implements PanacheRepositoryBase<Employer, UUID> {

    public Uni<Employer> byCreditCode(String code) {
        return find("creditCode", code).firstResult();
    }
}
