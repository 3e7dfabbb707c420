package org.laborlink.training.suggestion;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.events.training.CourseMode;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.training.course.api.CourseView;
import org.laborlink.training.course.domain.Course;
import org.laborlink.training.facts.PostingSkills;
import org.laborlink.training.facts.Trainee;

import io.smallrye.mutiny.Uni;

/**
 * Courses that fill a worker's skill gaps: the skills a posting requires that the worker lacks (or has below the
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

    private final Mutiny.SessionFactory sessions;
    private final Caller caller;

    public CourseSuggestionsResource(Mutiny.SessionFactory sessions, Caller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @GET
    public Uni<Suggestions> suggest(@PathParam("id") String id, @QueryParam("postingId") String postingId,
            @QueryParam("limit") Integer limit) {
        UUID workerId = PathIds.uuid("worker", id);
        int size = limit == null ? 10 : Math.max(1, Math.min(limit, 50));
        return sessions.withSession(session -> session.find(Trainee.class, workerId).chain(trainee -> {
            boolean self = caller.is(Role.WORKER) && caller.workerId().filter(id::equals).isPresent();
            if (trainee == null || (!self && !caller.governs(trainee.householdRegion))) {
                throw ProblemException.notFound("labour file", id);
            }
            Uni<List<String>> missing = postingId == null
                    ? Uni.createFrom().item(wanted(trainee))
                    : session.find(PostingSkills.class, PathIds.uuid("posting", postingId)).map(posting -> {
                        if (posting == null) {
                            throw ProblemException.notFound("posting", postingId);
                        }
                        return lacking(trainee, posting.required.items());
                    });
            return missing.chain(codes -> codes.isEmpty()
                    ? Uni.createFrom().item(new Suggestions(codes, List.of()))
                    : session.createNativeQuery("""
                            select id from course where status = 'OPEN' and ends_on >= :today
                               and jsonb_exists_any(skills -> 'codes', string_to_array(:codes, ','))""", UUID.class)
                            .setParameter("today", LocalDate.now(ZoneId.of("Asia/Shanghai")))
                            .setParameter("codes", String.join(",", codes)).getResultList()
                            .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Course>of())
                                    : session.createSelectionQuery("from Course where id in :ids", Course.class)
                                            .setParameter("ids", ids).getResultList())
                            .map(courses -> new Suggestions(codes, rank(trainee, courses, codes, size))));
        }));
    }

    /** Required skills the worker lacks or has below the level asked, must-haves first. */
    static List<String> lacking(Trainee trainee, List<RequiredSkill> required) {
        Map<String, SkillLevel> has = trainee.skills.items().stream()
                .collect(Collectors.toMap(WorkerSkill::code, WorkerSkill::level, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        return required.stream().sorted(Comparator.comparing(r -> !r.mustHave()))
                .filter(r -> has.getOrDefault(r.code(), SkillLevel.NONE).compareTo(r.level()) < 0)
                .map(RequiredSkill::code).distinct().toList();
    }

    /** Occupations the worker wants but has no skill in. */
    static List<String> wanted(Trainee trainee) {
        List<String> has = trainee.skills.items().stream().filter(s -> s.level() != SkillLevel.NONE)
                .map(WorkerSkill::code).toList();
        return trainee.skills.desiredOccupations().stream().filter(c -> !has.contains(c)).toList();
    }

    private static List<Suggestion> rank(Trainee trainee, List<Course> courses, List<String> missing, int size) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Course c : courses) {
            Double km = c.mode == CourseMode.ONLINE || c.lat == null || trainee.homeLat == null ? null
                    : kilometres(trainee.homeLat, trainee.homeLon, c.lat, c.lon);
            suggestions.add(new Suggestion(CourseView.of(c), c.skills.codes().stream().filter(missing::contains).toList(),
                    km == null ? null : Math.round(km * 10) / 10.0));
        }
        return suggestions.stream()
                .sorted(Comparator.comparing((Suggestion s) -> s.course().mode() == CourseMode.ONLINE ? 0 : 1)
                        .thenComparing(s -> s.distanceKm() == null ? Double.MAX_VALUE : s.distanceKm())
                        .thenComparing(s -> -s.teaches().size()))
                .limit(size).toList();
    }

    private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
