package org.laborlink.jobs.hiring.api;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.laborlink.jobs.hiring.Hiring;
import org.laborlink.jobs.hiring.api.HiringViews.EmploymentView;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** A partner province's feed of changes to the employment records of workers whose household is in it. */
@Path("/api/v1/partners/{province}/employment-feed")
public class EmploymentFeedResource {

    private final Hiring hiring;
    private final Caller caller;

    public EmploymentFeedResource(Hiring hiring, Caller caller) {
        this.hiring = hiring;
        this.caller = caller;
    }

    /**
     * Changes to employment records of workers whose household is in the province, oldest first after the feed
     * position {@code after}; ended records included with their end. The ETag names the page's content: with
     * If-None-Match the same page answers 304.
     */
    @GET
    @WithSession
    public Uni<Response> feed(@PathParam("province") String province,
            @QueryParam("after") @DefaultValue("0") @PositiveOrZero long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (!province.matches("[1-9][0-9]0000")) {
            throw ProblemException.invalidField("province", "must be a province code ending in 0000");
        }
        return hiring.feed(province, after, limit, caller).map(page -> {
            EntityTag tag = new EntityTag(province + "-" + after + "-" + limit + "-" + page.stream()
                    .map(e -> Long.toString(e.feedPosition)).collect(Collectors.joining(".")).hashCode(), true);
            if (ifNoneMatch != null && ifNoneMatch.contains("\"" + tag.getValue() + "\"")) {
                return Response.notModified(tag).build();
            }
            long last = page.isEmpty() ? after : page.get(page.size() - 1).feedPosition;
            List<EmploymentView> changes = page.stream().map(EmploymentView::of).toList();
            String next = "/api/v1/partners/" + province + "/employment-feed?after=" + last + "&limit=" + limit;
            return Response.ok(new HiringViews.FeedPage(changes, after, next)).tag(tag).build();
        });
    }
}
