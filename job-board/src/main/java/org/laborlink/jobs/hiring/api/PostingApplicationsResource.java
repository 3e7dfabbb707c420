package org.laborlink.jobs.hiring.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.jobs.hiring.Hiring;
import org.laborlink.jobs.hiring.api.HiringViews.ApplicationView;
import org.laborlink.jobs.posting.api.PostingResource;
import org.laborlink.platform.caller.Caller;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** A posting's applications: workers apply (once each); its employer and the officers of its work region read them. */
@Path("/api/v1/jobs/{id}/applications")
public class PostingApplicationsResource {

    private final Hiring hiring;
    private final Caller caller;

    public PostingApplicationsResource(Hiring hiring, Caller caller) {
        this.hiring = hiring;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("worker")
    public Uni<Response> apply(@PathParam("id") String postingId, @Valid HiringRequests.Apply request) {
        return hiring.apply(PostingResource.postingId(postingId), request, caller).map(a -> Response
                .created(URI.create("/api/v1/applications/" + a.id)).entity(ApplicationView.of(a)).build());
    }

    @GET
    @WithSession
    public Uni<List<ApplicationView>> list(@PathParam("id") String postingId) {
        return hiring.applicationsOf(PostingResource.postingId(postingId), caller)
                .map(list -> list.stream().map(ApplicationView::of).toList());
    }
}
