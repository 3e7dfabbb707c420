package org.laborlink.workers.employment.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.workers.employment.EmploymentStatusUpdates;
import org.laborlink.workers.labourfile.api.LabourFileDisclosure;
import org.laborlink.workers.labourfile.domain.LabourFile;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Officers of the region set a worker's employment status (hires on the platform set it by themselves). */
@Path("/api/v1/workers/{id}/employment-status")
public class EmploymentStatusResource {

    private final EmploymentStatusUpdates employment;
    private final LabourFileDisclosure views;
    private final Caller caller;

    public EmploymentStatusResource(EmploymentStatusUpdates employment, LabourFileDisclosure views, Caller caller) {
        this.employment = employment;
        this.views = views;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"officer", "admin"})
    public Uni<Response> change(@PathParam("id") String id, @Valid @NotNull ChangeEmploymentStatus request) {
        UUID fileId = LabourFile.parseId(id);
        return Panache.withTransaction(() -> employment.lock(fileId).chain(file -> {
            if (file == null || !caller.canSeeWorker(file.id.toString(), file.householdRegion, file.currentRegion)) {
                throw ProblemException.notFound("labour file", id);
            }
            if (!caller.governs(file.householdRegion)) {
                throw ProblemException.forbidden("employment status is recorded by officers of the file's region");
            }
            return employment.apply(file, request.status(), request.employer(), request.since(), null, caller.subject());
        })).map(file -> Response.ok(views.of(file, caller)).tag(new EntityTag(Long.toString(file.version))).build());
    }
}
