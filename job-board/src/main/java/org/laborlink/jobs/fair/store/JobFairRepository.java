package org.laborlink.jobs.fair.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.fair.domain.JobFair;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Job fairs in job-board's database, the postings offered at each, and what they have drawn. */
@ApplicationScoped
public class JobFairRepository implements PanacheRepositoryBase<JobFair, UUID> {

    private static final String FIGURES = """
            select count(distinct p.employer_id), count(p.id), coalesce(sum(p.headcount), 0),
                   (select count(*) from application a where a.fair_id = :fair),
                   (select count(*) from application a where a.fair_id = :fair and a.status = 'HIRED')
            from job_fair_posting fp join posting p on p.id = fp.posting_id
            where fp.fair_id = :fair""";

    /** Whether the posting is offered at the fair. */
    public Uni<Boolean> offers(UUID fairId, UUID postingId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select count(*) from job_fair_posting where fair_id = :fair and posting_id = :posting", Long.class)
                .setParameter("fair", fairId).setParameter("posting", postingId).getSingleResult()).map(n -> n > 0);
    }

    /** Offers the posting at the fair (once: offering it again changes nothing). */
    public Uni<Void> offer(UUID fairId, UUID postingId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                insert into job_fair_posting (fair_id, posting_id) values (:fair, :posting)
                on conflict do nothing""").setParameter("fair", fairId).setParameter("posting", postingId)
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<JobFair.Figures> figures(UUID fairId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(FIGURES, Object[].class).setParameter("fair", fairId)
                .getSingleResult()).map(r -> new JobFair.Figures(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4])));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
