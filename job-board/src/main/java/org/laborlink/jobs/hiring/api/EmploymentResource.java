package org.laborlink.jobs.hiring.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.jobs.hiring.Hiring;
import org.laborlink.jobs.hiring.api.HiringViews.EmploymentView;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Employment records: hires arranged off the platform recorded by officers, reading one, ending one. */
@Path("/api/v1/employments")
public class EmploymentResource {

    private final Hiring hiring;
    private final Caller caller;

    public EmploymentResource(Hiring hiring, Caller caller) {
        this.hiring = hiring;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"officer", "admin"})
    public Uni<Response> recordHire(@Valid @NotNull HiringRequests.RecordHire request) {
        return hiring.recordHire(request, caller).map(e -> Response.created(URI.create("/api/v1/employments/" + e.id))
                .entity(EmploymentView.of(e)).build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<EmploymentView> get(@PathParam("id") String id) {
        return hiring.employment(employmentId(id), caller).map(EmploymentView::of);
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({"employer", "officer", "admin"})
    public Uni<EmploymentView> end(@PathParam("id") String id, @Valid @NotNull HiringRequests.End request) {
        return hiring.end(employmentId(id), request, caller).map(EmploymentView::of);
    }

    private static UUID employmentId(String id) {
        return PathIds.uuid("employment", id);
    }

}
