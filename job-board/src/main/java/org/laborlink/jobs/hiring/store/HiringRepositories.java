package org.laborlink.jobs.hiring.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.hiring.domain.Application;
import org.laborlink.jobs.hiring.domain.Employment;
import org.laborlink.jobs.hiring.domain.WorkerHome;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/** Applications, employment records and worker homes in job-board's database. */
public final class HiringRepositories {

    private HiringRepositories() {
    }

    @ApplicationScoped
    public static class Applications implements PanacheRepositoryBase<Application, UUID> {

        public Uni<Application> findByPostingAndWorker(UUID postingId, UUID workerId) {
            return find("postingId = ?1 and workerId = ?2", postingId, workerId).firstResult();
        }

        public Uni<List<Application>> ofPosting(UUID postingId) {
            return list("postingId = ?1 order by appliedAt", postingId);
        }

        public Uni<List<Application>> ofWorker(UUID workerId) {
            return list("workerId = ?1 order by appliedAt desc", workerId);
        }
    }

    @ApplicationScoped
    public static class Employments implements PanacheRepositoryBase<Employment, UUID> {

        /** Records with a milestone (3 or 6 months) reached by today and not yet recorded, locked. */
        public Uni<List<Employment>> milestonesDue(LocalDate today, int limit) {
            return Panache.getSession().chain(session -> session.createNativeQuery("""
                    select id from employment
                    where (stayed_three_months_on is null and cast(start_date + interval '3 months' as date)
                              <= least(coalesce(end_date, cast(:today as date)), cast(:today as date)))
                       or (stayed_six_months_on is null and cast(start_date + interval '6 months' as date)
                              <= least(coalesce(end_date, cast(:today as date)), cast(:today as date)))
                    order by start_date limit :limit for update skip locked""", UUID.class)
                    .setParameter("today", today).setParameter("limit", limit).getResultList())
                    .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Employment>of()) : list("id in ?1", ids));
        }

        /** The employer's records still running (no end date), longest employed first. */
        public Uni<List<Employment>> currentOfEmployer(String employerId) {
            return find("employerId = ?1 and endDate is null order by startDate, id", employerId).page(0, 10_000).list();
        }

        /** How many current workers of the employer have their household in each region: [region, count]. */
        public Uni<List<Object[]>> homeRegionsOfCurrent(String employerId) {
            return Panache.getSession().chain(s -> s.createNativeQuery("""
                    select household_region, count(*) from employment where employer_id = :e and end_date is null
                    group by 1 order by 1""", Object[].class).setParameter("e", employerId).getResultList());
        }

        /**
         * The employer's hires that started on or after {@code since}, and how many of them ended within
         * {@code withinDays} of their start: [hired, endedWithin].
         */
        public Uni<long[]> hiresEndedWithin(String employerId, LocalDate since, int withinDays) {
            return Panache.getSession().chain(s -> s.createNativeQuery("""
                    select count(*), count(*) filter (where end_date is not null and end_date <= start_date + cast(:within as integer))
                    from employment where employer_id = :e and start_date >= :since""", Object[].class)
                    .setParameter("e", employerId).setParameter("since", since).setParameter("within", withinDays)
                    .getSingleResult()
                    .map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()}));
        }

        /** A worker's employment records, newest hire first. */
        public Uni<List<Employment>> ofWorker(UUID workerId) {
            return find("workerId = ?1 order by hiredAt desc, id desc", workerId).page(0, 200).list();
        }

        /**
         * A page of an employer's employment records, newest hire first, after the record {@code after} (null: the first
         * page); with {@code regionPrefix}, only those whose work or household region has it. Null when {@code after} is
         * no record of this employer.
         */
        public Uni<List<Employment>> pageOfEmployer(String employerId, String regionPrefix, UUID after, int limit) {
            Uni<Employment> cursor = after == null ? Uni.createFrom().nullItem() : findById(after);
            return cursor.chain(c -> {
                if (after != null && (c == null || !c.employerId.equals(employerId))) {
                    return Uni.createFrom().nullItem();
                }
                StringBuilder query = new StringBuilder("employerId = :employer");
                Parameters parameters = Parameters.with("employer", employerId);
                if (regionPrefix != null) {
                    query.append(" and (workRegion like :prefix or householdRegion like :prefix)");
                    parameters.and("prefix", regionPrefix + "%");
                }
                if (c != null) {
                    query.append(" and (hiredAt < :at or (hiredAt = :at and id < :id))");
                    parameters.and("at", c.hiredAt).and("id", c.id);
                }
                return find(query.append(" order by hiredAt desc, id desc").toString(), parameters).page(0, limit).list();
            });
        }

        /** Employment records of workers from a province changed after a feed position, in feed order. */
        public Uni<List<Employment>> feed(String provincePrefix, long after, int limit) {
            return find("householdRegion like ?1 and feedPosition > ?2 order by feedPosition", provincePrefix + "%", after)
                    .page(0, limit).list();
        }
    }

    @ApplicationScoped
    public static class WorkerHomeRepository implements PanacheRepositoryBase<WorkerHome, UUID> {
    }
}
