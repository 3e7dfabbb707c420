package org.laborlink.workers.labourfile.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.IfMatch;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.workers.labourfile.LabourFileAmendments;
import org.laborlink.workers.labourfile.LabourFileRegistration;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.labourfile.store.HistoryRepository;
import org.laborlink.workers.labourfile.store.LabourFileRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Labour files: officers set them up; workers, officers of the region and partner provinces read them. */
@Path("/api/v1")
public class LabourFileResource {

    private final LabourFileRegistration registration;
    private final LabourFileRepository files;
    private final LabourFileAmendments changes;
    private final HistoryRepository history;
    private final LabourFileDisclosure views;
    private final Caller caller;

    public LabourFileResource(LabourFileRegistration registration, LabourFileRepository files, LabourFileAmendments changes,
            HistoryRepository history, LabourFileDisclosure views, Caller caller) {
        this.registration = registration;
        this.files = files;
        this.changes = changes;
        this.history = history;
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

    /** Changes the fields present in the body; If-Match must carry the ETag (version) the caller read. */
    @PATCH
    @Path("/workers/{id}")
    @RolesAllowed({"officer", "admin", "worker"})
    public Uni<Response> change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ChangeLabourFile request) {
        long expected = IfMatch.version(ifMatch);
        return changes.change(LabourFile.parseId(id), expected, request, caller)
                .map(file -> Response.ok(views.of(file, caller)).tag(etag(file)).build());
    }

    /** The file's append-only history: who changed which fields, from what to what, when. */
    @GET
    @Path("/workers/{id}/history")
    @WithSession
    public Uni<List<HistoryEntryView>> history(@PathParam("id") String id) {
        return visibleFile(id).chain(file -> history.ofFile(file.id))
                .map(entries -> entries.stream().map(HistoryEntryView::of).toList());
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
        return files.findById(LabourFile.parseId(id)).map(file -> {
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
