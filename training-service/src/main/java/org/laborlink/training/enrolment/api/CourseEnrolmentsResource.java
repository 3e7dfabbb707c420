package org.laborlink.training.enrolment.api;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.training.enrolment.EnrolmentRegister;

import io.smallrye.mutiny.Uni;

/**
 * A course's enrolments: a worker enrols (or an officer enrols them) and gets a place or a spot on the waiting list;
 * the course's provider and officers list them (anyone else: 404).
 */
@Path("/api/v1/courses/{id}/enrolments")
public class CourseEnrolmentsResource {

    private final EnrolmentRegister enrolments;
    private final Caller caller;

    public CourseEnrolmentsResource(EnrolmentRegister enrolments, Caller caller) {
        this.enrolments = enrolments;
        this.caller = caller;
    }

    @POST
    public Uni<Response> enrol(@PathParam("id") String courseId, @Valid EnrolmentRequests.Enrol request) {
        return enrolments.enrol(PathIds.uuid("course", courseId), request, caller)
                .map(e -> Response.created(URI.create("/api/v1/enrolments/" + e.id)).entity(EnrolmentView.of(e)).build());
    }

    @GET
    public Uni<List<EnrolmentView>> list(@PathParam("id") String courseId) {
        return enrolments.ofCourse(PathIds.uuid("course", courseId), caller)
                .map(list -> list.stream().map(EnrolmentView::of).toList());
    }
}
