package org.laborlink.jobs.posting.api;

import java.net.URI;
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

import org.laborlink.jobs.posting.PostingPublication;
import org.laborlink.jobs.posting.domain.Posting;
import org.laborlink.jobs.posting.domain.PostingAccess;
import org.laborlink.jobs.posting.store.PostingRepository;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.IfMatch;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Postings: employers publish and close them; anyone signed in reads open ones. */
@Path("/api/v1/jobs")
public class PostingResource {

    private final PostingPublication publication;
    private final PostingRepository postings;
    private final Caller caller;

    public PostingResource(PostingPublication publication, PostingRepository postings, Caller caller) {
        this.publication = publication;
        this.postings = postings;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("employer")
    public Uni<Response> publish(@Valid @NotNull PublishPosting request) {
        return publication.publish(request, caller).map(p -> Response.created(URI.create("/api/v1/jobs/" + p.id))
                .tag(etag(p)).entity(PostingView.of(p)).build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<Response> get(@PathParam("id") String id) {
        UUID uuid = postingId(id);
        return postings.findById(uuid).map(p -> {
            if (p == null || !PostingAccess.canSee(caller, p)) {
                throw ProblemException.notFound("posting", id);
            }
            return Response.ok(PostingView.of(p)).tag(etag(p)).build();
        });
    }

    /** Changes the fields present; If-Match must carry the ETag (version) the caller read. */
    @PATCH
    @Path("/{id}")
    @RolesAllowed({"employer", "officer", "admin"})
    public Uni<Response> change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ChangePosting request) {
        return publication.change(postingId(id), IfMatch.version(ifMatch), request, caller)
                .map(p -> Response.ok(PostingView.of(p)).tag(etag(p)).build());
    }

    /** Publishes a draft. */
    @POST
    @Path("/{id}/publish")
    @RolesAllowed({"employer", "officer", "admin"})
    public Uni<PostingView> publishDraft(@PathParam("id") String id) {
        return publication.publishDraft(postingId(id), caller).map(PostingView::of);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({"employer", "officer", "admin"})
    public Uni<PostingView> close(@PathParam("id") String id) {
        return publication.close(postingId(id), caller).map(PostingView::of);
    }

    public static UUID postingId(String id) {
        return PathIds.uuid("posting", id);
    }

    private static EntityTag etag(Posting p) {
        return new EntityTag(Long.toString(p.version));
    }
}
