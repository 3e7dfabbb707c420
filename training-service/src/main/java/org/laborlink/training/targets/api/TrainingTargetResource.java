package org.laborlink.training.targets.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.laborlink.platform.caller.Caller;
import org.laborlink.training.targets.TrainingTargets;
import org.laborlink.training.targets.domain.TargetProgress.Report;

import io.smallrye.mutiny.Uni;

/**
 * Training targets and how far a region is along them: per region and year the target number of trainees, and of
 * the workers whose home is in the region, how many got a place, completed and were certified, completion as a
 * percentage of the target. A region without its own target rolls up its sub-regions' (county to prefecture to
 * province). Officers and admins of the region read and set them; anyone else: 404.
 */
@Path("/api/v1/regions/{code}/training-targets")
public class TrainingTargetResource {

    /** A target to set. */
    public record SetTarget(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull @Min(1) @Max(100_000_000) Integer target) {
    }

    private final TrainingTargets targets;
    private final Caller caller;

    public TrainingTargetResource(TrainingTargets targets, Caller caller) {
        this.targets = targets;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed({"officer", "admin"})
    public Uni<Report> set(@PathParam("code") String code, @Valid @NotNull SetTarget request) {
        return targets.set(code, request.year(), request.target(), caller);
    }

    @GET
    public Uni<Report> report(@PathParam("code") String code, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return targets.report(code, year, caller);
    }
}
