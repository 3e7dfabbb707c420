package org.laborlink.training.course.api;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.laborlink.events.training.CourseMode;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.IfMatch;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.training.course.CourseOffering;

import io.smallrye.mutiny.Uni;

/** CourseOffering: providers and officers of the region publish, change and cancel them; anyone signed in searches them. */
@Path("/api/v1/courses")
public class CourseResource {

    /** A page of courses and where the next starts. */
    public record CoursePage(List<CourseView> items, String next) {
    }

    private final CourseOffering courses;
    private final Caller caller;

    public CourseResource(CourseOffering courses, Caller caller) {
        this.courses = courses;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"provider", "officer", "admin"})
    public Uni<Response> create(@Valid @NotNull CourseRequests.CreateCourse request) {
        return courses.create(request, caller).map(c -> Response.created(URI.create("/api/v1/courses/" + c.id))
                .tag(new EntityTag(Long.toString(c.version))).entity(CourseView.of(c)).build());
    }

    @GET
    public Uni<CoursePage> search(@QueryParam("occupation") String occupation, @QueryParam("skill") String skill,
            @QueryParam("region") String region, @QueryParam("mode") CourseMode mode, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        int size = limit == null ? 50 : Math.max(1, Math.min(limit, 200));
        String prefix = region == null ? null : RegionCode.isWellFormed(region) ? new RegionCode(region).prefix() : region;
        UUID cursor;
        try {
            cursor = after == null ? null : UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("after", "must be the id of the last course of the previous page");
        }
        return courses.search(occupation, skill, prefix, mode, cursor, size)
                .map(page -> new CoursePage(page.stream().map(CourseView::of).toList(), page.size() < size ? null
                        : "/api/v1/courses?after=" + page.get(page.size() - 1).id + "&limit=" + size
                                + (occupation == null ? "" : "&occupation=" + occupation)
                                + (skill == null ? "" : "&skill=" + skill) + (region == null ? "" : "&region=" + region)
                                + (mode == null ? "" : "&mode=" + mode)));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> get(@PathParam("id") String id) {
        return courses.course(PathIds.uuid("course", id)).map(c -> Response.ok(CourseView.of(c))
                .tag(new EntityTag(Long.toString(c.version))).build());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({"provider", "officer", "admin"})
    public Uni<Response> change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CourseRequests.ChangeCourse request) {
        UUID courseId = PathIds.uuid("course", id);
        return courses.change(courseId, IfMatch.version(ifMatch), request, caller).map(c -> Response.ok(CourseView.of(c))
                .tag(new EntityTag(Long.toString(c.version))).build());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({"provider", "officer", "admin"})
    public Uni<CourseView> cancel(@PathParam("id") String id) {
        return courses.cancel(PathIds.uuid("course", id), caller).map(CourseView::of);
    }
}
