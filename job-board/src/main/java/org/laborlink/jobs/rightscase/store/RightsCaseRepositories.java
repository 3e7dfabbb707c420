package org.laborlink.jobs.rightscase.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.rightscase.domain.CaseStep;
import org.laborlink.jobs.rightscase.domain.EmployerWarning;
import org.laborlink.jobs.rightscase.domain.Layoff;
import org.laborlink.jobs.rightscase.domain.RightsCase;
import org.laborlink.jobs.rightscase.domain.RightsPolicy;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Rights cases, their trails and the provinces' deadlines in job-board's database. */
public final class RightsCaseRepositories {

    private RightsCaseRepositories() {
    }

    @ApplicationScoped
    public static class Cases implements PanacheRepositoryBase<RightsCase, UUID> {

        /**
         * Cases of work in {@code workPrefix} or of workers at home in {@code homePrefix} (either may be null), of the
         * employer, the worker, newest first; {@code overdueAt} keeps only those overdue then.
         */
        public Uni<List<RightsCase>> find(String workPrefix, String homePrefix, String employerId, UUID workerId,
                boolean openOnly, Instant overdueAt, int limit) {
            StringBuilder where = new StringBuilder("1 = 1");
            var params = new io.quarkus.panache.common.Parameters();
            if (workPrefix != null && homePrefix != null) {
                where.append(" and (workRegion like :work or householdRegion like :home)");
                params.and("work", workPrefix + "%").and("home", homePrefix + "%");
            } else if (workPrefix != null) {
                where.append(" and workRegion like :work");
                params.and("work", workPrefix + "%");
            } else if (homePrefix != null) {
                where.append(" and householdRegion like :home");
                params.and("home", homePrefix + "%");
            }
            if (employerId != null) {
                where.append(" and employerId = :employer");
                params.and("employer", employerId);
            }
            if (workerId != null) {
                where.append(" and workerId = :worker");
                params.and("worker", workerId);
            }
            if (openOnly || overdueAt != null) {
                where.append(" and status not in ('RESOLVED', 'REFERRED')");
            }
            if (overdueAt != null) {
                where.append(" and (resolveBy < :now or (status = 'FILED' and acknowledgeBy < :now))");
                params.and("now", overdueAt);
            }
            return find(where + " order by filedAt desc, id", params).page(0, limit).list();
        }

        /** Whether the employer has an open case of the type, other than {@code except}. */
        public Uni<Boolean> anyOpen(String employerId, org.laborlink.events.rights.RightsCaseChanged.CaseType type,
                UUID except) {
            return count("employerId = ?1 and caseType = ?2 and id <> ?3 and status not in ('RESOLVED', 'REFERRED')",
                    employerId, type, except).map(n -> n > 0);
        }
    }

    @ApplicationScoped
    public static class Steps implements PanacheRepositoryBase<CaseStep, Long> {

        public Uni<List<CaseStep>> of(UUID caseId) {
            return list("caseId = ?1 order by id", caseId);
        }
    }

    @ApplicationScoped
    public static class Policies implements PanacheRepositoryBase<RightsPolicy, String> {

        /** The province's deadlines, or the platform's. */
        public Uni<RightsPolicy> of(String province) {
            return findById(province).map(p -> p != null ? p : RightsPolicy.platformDefault(province));
        }
    }

    @ApplicationScoped
    public static class Warnings implements PanacheRepositoryBase<EmployerWarning, Long> {

        public Uni<List<EmployerWarning>> standing(String employerId) {
            return list("employerId = ?1 and clearedAt is null order by id", employerId);
        }
    }

    @ApplicationScoped
    public static class Layoffs implements PanacheRepositoryBase<Layoff, UUID> {
    }
}
