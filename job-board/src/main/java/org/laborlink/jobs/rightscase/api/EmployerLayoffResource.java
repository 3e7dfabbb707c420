package org.laborlink.jobs.rightscase.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.jobs.rightscase.LayoffPlanning;
import org.laborlink.jobs.rightscase.api.RightsCaseRequests.PlanLayoff;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;

import io.smallrye.mutiny.Uni;

/**
 * Layoffs an employer must make, recorded by the officers of its region (its own path: the employer resource owns
 * /api/v1/employers, and JAX-RS matches the most specific class path first).
 */
@Path("/api/v1/employers/{id}/layoffs")
@RolesAllowed({"officer", "admin"})
public class EmployerLayoffResource {

    private final LayoffPlanning layoffs;
    private final Caller caller;

    public EmployerLayoffResource(LayoffPlanning layoffs, Caller caller) {
        this.layoffs = layoffs;
        this.caller = caller;
    }

    /** Records a layoff the employer must make: it is flagged, and its workers listed for priority retention. */
    @POST
    public Uni<Response> plan(@PathParam("id") String id, @Valid @NotNull PlanLayoff request) {
        return layoffs.plan(PathIds.uuid("employer", id), request, caller)
                .map(l -> Response.created(URI.create("/api/v1/layoffs/" + l.id())).entity(l).build());
    }
}
