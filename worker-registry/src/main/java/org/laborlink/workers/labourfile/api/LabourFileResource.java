package org.laborlink.workers.labourfile.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.workers.labourfile.LabourFileRegistration;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.labourfile.store.LabourFileRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Labour files: officers set them up; workers, officers of the region and partner provinces read them. */
@Path("/api/v1")
public class LabourFileResource {

    private final LabourFileRegistration registration;
    private final LabourFileRepository files;
    private final LabourFileViews views;
    private final Caller caller;

    public LabourFileResource(LabourFileRegistration registration, LabourFileRepository files, LabourFileViews views,
            Caller caller) {
        this.registration = registration;
        this.files = files;
        this.views = views;
        this.caller = caller;
    }

    @POST
    @Path("/workers")
    @RolesAllowed({"officer", "admin"})
    public Uni<Response> register(@Valid @NotNull RegisterLabourFile request) {
        return registration.register(request, caller)
                .map(file -> Response.created(URI.create("/api/v1/workers/" + file.id))
                        .tag(etag(file)).entity(views.of(file, caller)).build());
    }

    @GET
    @Path("/workers/{id}")
    @WithSession
    public Uni<Response> get(@PathParam("id") String id) {
        return visibleFile(id).map(file -> Response.ok(views.of(file, caller)).tag(etag(file)).build());
    }

    @GET
    @Path("/me")
    @RolesAllowed("worker")
    @WithSession
    public Uni<Response> me() {
        String workerId = caller.workerId().orElseThrow(() -> ProblemException.notFound("labour file of", "this account"));
        return get(workerId);
    }

    private Uni<LabourFile> visibleFile(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ProblemException.notFound("labour file", id));
        }
        return files.findById(uuid).map(file -> {
            if (file == null || !caller.canSeeWorker(file.id.toString(), file.householdRegion, file.currentRegion)) {
                throw ProblemException.notFound("labour file", id);
            }
            return file;
        });
    }

    private static EntityTag etag(LabourFile file) {
        return new EntityTag(Long.toString(file.version));
    }
}
