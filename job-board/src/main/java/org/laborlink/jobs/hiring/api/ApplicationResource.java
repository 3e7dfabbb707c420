package org.laborlink.jobs.hiring.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.laborlink.jobs.hiring.Hiring;
import org.laborlink.jobs.hiring.api.HiringViews.ApplicationView;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** An application: its worker accepts or withdraws; the employer (and officers of the work region) offer or reject. */
@Path("/api/v1/applications")
public class ApplicationResource {

    private final Hiring hiring;
    private final Caller caller;

    public ApplicationResource(Hiring hiring, Caller caller) {
        this.hiring = hiring;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<ApplicationView> get(@PathParam("id") String id) {
        return hiring.application(applicationId(id), caller).map(ApplicationView::of);
    }

    @POST
    @Path("/{id}/offer")
    @RolesAllowed({"employer", "officer", "admin"})
    public Uni<ApplicationView> offer(@PathParam("id") String id, @Valid HiringRequests.Offer request) {
        return hiring.offer(applicationId(id), request, caller).map(ApplicationView::of);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({"employer", "officer", "admin"})
    public Uni<ApplicationView> reject(@PathParam("id") String id) {
        return hiring.reject(applicationId(id), caller).map(ApplicationView::of);
    }

    /** The worker accepts the offer: the hire. */
    @POST
    @Path("/{id}/accept")
    @RolesAllowed("worker")
    public Uni<ApplicationView> accept(@PathParam("id") String id) {
        return hiring.accept(applicationId(id), caller).map(ApplicationView::of);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed("worker")
    public Uni<ApplicationView> withdraw(@PathParam("id") String id) {
        return hiring.withdraw(applicationId(id), caller).map(ApplicationView::of);
    }

    static UUID applicationId(String id) {
        return PathIds.uuid("application", id);
    }
}
