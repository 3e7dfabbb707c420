package org.laborlink.workers.account.api;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.platform.caller.Caller;
import org.laborlink.workers.account.LabourFileLinking;
import org.laborlink.workers.account.domain.LabourFileAccount;
import org.laborlink.workers.labourfile.domain.LabourFile;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * Linking a worker's own account to their labour file: by ID and phone number, or by an officer's one-time code;
 * the worker reads and removes their link. The platform sets worker_id (seen after a token refresh).
 */
@Path("/api/v1")
public class LabourFileAccountResource {

    /** An account's link to a labour file. */
    public record LabourFileLinkView(UUID id, UUID workerId, String username, LabourFileAccount.How linkedHow,
            Instant linkedAt, String removedBy, Instant removedAt) {

        static LabourFileLinkView of(LabourFileAccount a) {
            return new LabourFileLinkView(a.id, a.workerId, a.username, a.linkedHow, a.linkedAt, a.removedBy, a.removedAt);
        }
    }

    /** A new link code: shown this once, for the officer to hand over. */
    public record LinkCodeView(UUID id, UUID workerId, String code, Instant expiresAt) {
    }

    private final LabourFileLinking linking;
    private final Caller caller;

    public LabourFileAccountResource(LabourFileLinking linking, Caller caller) {
        this.linking = linking;
        this.caller = caller;
    }

    /** An officer of the household region issues a one-time code for the worker to link their account with. */
    @POST
    @Path("/workers/{id}/link-codes")
    @RolesAllowed({"officer", "admin"})
    public Uni<Response> issueCode(@PathParam("id") String id) {
        return linking.issueCode(LabourFile.parseId(id), caller).map(issued -> Response
                .created(URI.create("/api/v1/workers/" + id + "/link-codes/" + issued.code().id))
                .entity(new LinkCodeView(issued.code().id, issued.code().workerId, issued.text(), issued.code().expiresAt))
                .build());
    }

    /** Links the caller's account (not yet linked to anything) to their labour file. */
    @POST
    @Path("/labour-file-account")
    @Authenticated
    public Uni<LabourFileLinkView> link(@Valid @NotNull LinkLabourFile request) {
        return linking.link(request, caller).map(LabourFileLinkView::of);
    }

    @GET
    @Path("/labour-file-account")
    @Authenticated
    public Uni<LabourFileLinkView> own() {
        return linking.own(caller).map(LabourFileLinkView::of);
    }

    /** The worker unlinks their account; refused at the next token refresh. */
    @DELETE
    @Path("/labour-file-account")
    @Authenticated
    public Uni<LabourFileLinkView> unlink() {
        return linking.unlinkOwn(caller).map(LabourFileLinkView::of);
    }
}
