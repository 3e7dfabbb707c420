package org.laborlink.jobs.employer.store;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.employers.EmployerChanged.Standing;
import org.laborlink.jobs.employer.domain.Employer;
import org.laborlink.jobs.posting.EmployerStandings;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.platform.store.TransactionLocks;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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

    /** The employer, when the caller (an officer or admin) governs its region; 404 otherwise. */
    public Uni<Employer> governedBy(UUID id, org.laborlink.platform.caller.Caller caller) {
        return findById(id).map(e -> {
            if (e == null || !caller.governs(e.region)) {
                throw org.laborlink.platform.problem.ProblemException.notFound("employer", id);
            }
            return e;
        });
    }

    public Uni<Employer> byCreditCode(String code) {
        return find("creditCode", code).firstResult();
    }

    /** Takes the transaction's locks on these keys (released at commit or rollback). */
    public Uni<Void> lock(Object... keys) {
        return Panache.getSession().chain(s -> TransactionLocks.lock(s, keys));
    }

    /**
     * A page of a region's employers in one standing, oldest registration first, after the employer {@code after}
     * (null: the first page); null when {@code after} is no employer of that region and standing.
     */
    public Uni<List<Employer>> pageInRegion(RegionCode region, Standing standing, UUID after, int limit) {
        String inRegion = "standing = :standing and region like :prefix";
        Parameters parameters = Parameters.with("standing", standing).and("prefix", region.prefix() + "%");
        Uni<Employer> cursor = after == null ? Uni.createFrom().nullItem() : findById(after);
        return cursor.chain(c -> {
            if (after != null && (c == null || !region.contains(c.region))) {
                return Uni.createFrom().nullItem();
            }
            String query = c == null ? inRegion
                    : inRegion + " and (registeredAt > :at or (registeredAt = :at and id > :id))";
            if (c != null) {
                parameters.and("at", c.registeredAt).and("id", c.id);
            }
            return find(query + " order by registeredAt, id", parameters).page(0, limit).list();
        });
    }
}
