package org.laborlink.training.suggestion.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.laborlink.platform.caller.Caller;
import org.laborlink.training.course.api.CourseView;
import org.laborlink.training.suggestion.CourseSuggestions;

import io.smallrye.mutiny.Uni;

/**
 * CourseOffering that fill a worker's skill gaps: the skills a posting requires that the worker lacks (or has below the
 * level asked), or without a posting the occupations the worker wants but has no skill in; online courses and the
 * nearest on-site ones first. For the worker and the officers of their home region.
 */
@Path("/api/v1/workers/{id}/course-suggestions")
public class CourseSuggestionsResource {

    /** A course and the missing skills it teaches; {@code distanceKm} from home for its on-site part. */
    public record Suggestion(CourseView course, List<String> teaches, Double distanceKm) {
    }

    /** The missing skills and the courses that teach them. */
    public record Suggestions(List<String> missingSkills, List<Suggestion> courses) {
    }

    private final CourseSuggestions suggestions;
    private final Caller caller;

    public CourseSuggestionsResource(CourseSuggestions suggestions, Caller caller) {
        this.suggestions = suggestions;
        this.caller = caller;
    }

    @GET
    public Uni<Suggestions> suggest(@PathParam("id") String id, @QueryParam("postingId") String postingId,
            @QueryParam("limit") Integer limit) {
        int size = limit == null ? 10 : Math.max(1, Math.min(limit, 50));
        return suggestions.suggest(id, postingId, size, caller).map(s -> new Suggestions(s.missingSkills(),
                s.courses().stream().map(c -> new Suggestion(CourseView.of(c.course()), c.teaches(), c.distanceKm())).toList()));
    }
}
