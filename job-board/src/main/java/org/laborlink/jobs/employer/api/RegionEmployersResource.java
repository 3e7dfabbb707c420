package org.laborlink.jobs.employer.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.laborlink.events.employers.EmployerChanged.Standing;
import org.laborlink.jobs.employer.api.EmployerResource.EmployerView;
import org.laborlink.jobs.employer.store.EmployerRepository;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.Cursors;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The employers of a county, prefecture or province in one standing (PENDING by default: the ones waiting for an
 * officer to verify them), oldest registration first: for its officers and admins.
 */
@Path("/api/v1/regions/{code}/employers")
@RolesAllowed({"officer", "admin"})
public class RegionEmployersResource {

    /** A page of employers; {@code next} is the cursor of the page after it. */
    public record EmployerPage(String region, Standing standing, List<EmployerView> items, String next) {
    }

    private final EmployerRepository employers;
    private final Caller caller;

    public RegionEmployersResource(EmployerRepository employers, Caller caller) {
        this.employers = employers;
        this.caller = caller;
    }

    @GET
    @WithSession
    public Uni<EmployerPage> list(@PathParam("code") String code, @QueryParam("standing") Standing standing,
            @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        if (!RegionCode.isWellFormed(code) || !caller.governs(code)) {
            throw ProblemException.notFound("region", code);
        }
        Standing wanted = standing == null ? Standing.PENDING : standing;
        UUID cursor = Cursors.idAfter("after", after);
        return employers.pageInRegion(new RegionCode(code), wanted, cursor, limit).map(page -> {
            if (page == null) {
                throw ProblemException.invalidField("after", "is not a cursor this list gave out");
            }
            List<EmployerView> items = page.stream().map(EmployerView::of).toList();
            return new EmployerPage(code, wanted, items, items.size() < limit ? null : items.get(items.size() - 1).id().toString());
        });
    }
}
