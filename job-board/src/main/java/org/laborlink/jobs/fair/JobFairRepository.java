package org.laborlink.jobs.fair;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Job fairs in job-board's database. */
@ApplicationScoped
public class JobFairRepository implements PanacheRepositoryBase<JobFair, UUID> {

    /** Whether the posting is offered at the fair. */
    public Uni<Boolean> offers(UUID fairId, UUID postingId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select count(*) from job_fair_posting where fair_id = :fair and posting_id = :posting", Long.class)
                .setParameter("fair", fairId).setParameter("posting", postingId).getSingleResult()).map(n -> n > 0);
    }
}
