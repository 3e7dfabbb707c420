package org.laborlink.jobs.rightscase.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.laborlink.jobs.rightscase.WarningReview;
import org.laborlink.jobs.rightscase.WarningReview.WarningView;
import org.laborlink.jobs.rightscase.api.RightsCaseRequests.ClearWarning;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** An employer's early-warning flags, and an officer clearing a churn or layoff flag with a reason. */
@Path("/api/v1/employers/{id}/warnings")
@RolesAllowed({"officer", "admin"})
public class EmployerWarningResource {

    private final WarningReview review;
    private final Caller caller;

    public EmployerWarningResource(WarningReview review, Caller caller) {
        this.review = review;
        this.caller = caller;
    }

    @GET
    @WithSession
    public Uni<List<WarningView>> warnings(@PathParam("id") String id) {
        return review.warningsOf(PathIds.uuid("employer", id), caller);
    }

    @POST
    @Path("/clear")
    public Uni<List<WarningView>> clear(@PathParam("id") String id, @Valid @NotNull ClearWarning request) {
        return review.clear(PathIds.uuid("employer", id), request, caller);
    }
}
