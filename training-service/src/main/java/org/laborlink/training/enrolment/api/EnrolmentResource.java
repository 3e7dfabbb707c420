package org.laborlink.training.enrolment.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.training.enrolment.EnrolmentRegister;

import io.smallrye.mutiny.Uni;

/**
 * EnrolmentRegister: a worker's own list; one enrolment for the worker, the course's provider and officers of the regions;
 * attendance and completion by the provider and officers; a drop-out by them or the worker.
 */
@Path("/api/v1/enrolments")
public class EnrolmentResource {

    private final EnrolmentRegister enrolments;
    private final Caller caller;

    public EnrolmentResource(EnrolmentRegister enrolments, Caller caller) {
        this.enrolments = enrolments;
        this.caller = caller;
    }

    @GET
    @RolesAllowed("worker")
    public Uni<List<EnrolmentView>> mine() {
        return enrolments.ofWorker(caller).map(list -> list.stream().map(EnrolmentView::of).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<EnrolmentView> get(@PathParam("id") String id) {
        return enrolments.enrolment(PathIds.uuid("enrolment", id), caller).map(EnrolmentView::of);
    }

    @POST
    @Path("/{id}/attendance")
    public Uni<EnrolmentView> attend(@PathParam("id") String id, @Valid @NotNull EnrolmentRequests.Attendance request) {
        return enrolments.attend(PathIds.uuid("enrolment", id), request, caller).map(EnrolmentView::of);
    }

    @POST
    @Path("/{id}/completion")
    public Uni<EnrolmentView> complete(@PathParam("id") String id, @Valid @NotNull EnrolmentRequests.Completion request) {
        return enrolments.complete(PathIds.uuid("enrolment", id), request, caller).map(EnrolmentView::of);
    }

    @POST
    @Path("/{id}/drop")
    public Uni<EnrolmentView> drop(@PathParam("id") String id, @Valid @NotNull EnrolmentRequests.Drop request) {
        return enrolments.drop(PathIds.uuid("enrolment", id), request.reason().strip(), caller).map(EnrolmentView::of);
    }
}
