package org.laborlink.training.suggestion;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.time.PlatformCalendar;
import org.laborlink.training.facts.domain.PostingSkills;
import org.laborlink.training.facts.domain.Trainee;
import org.laborlink.training.suggestion.domain.SkillGap.SuggestedCourse;
import org.laborlink.training.suggestion.domain.SkillGap;
import org.laborlink.training.suggestion.store.OpenCourses;

import io.smallrye.mutiny.Uni;

/** Suggests the courses that close a worker's skill gap, for the worker and the officers of their home region. */
@ApplicationScoped
public class CourseSuggestions {

    /** The missing skills and the courses that teach them, best first. */
    public record Suggested(List<String> missingSkills, List<SuggestedCourse> courses) {
    }


    private final Mutiny.SessionFactory sessions;
    private final OpenCourses courses;
    private final Clock clock;

    public CourseSuggestions(Mutiny.SessionFactory sessions, OpenCourses courses, Clock clock) {
        this.sessions = sessions;
        this.courses = courses;
        this.clock = clock;
    }

    public Uni<Suggested> suggest(String id, String postingId, int size, Caller caller) {
        UUID workerId = PathIds.uuid("worker", id);
        return sessions.withSession(session -> session.find(Trainee.class, workerId).chain(trainee -> {
            boolean self = caller.is(Role.WORKER) && caller.workerId().filter(id::equals).isPresent();
            if (trainee == null || (!self && !caller.governs(trainee.householdRegion))) {
                throw ProblemException.notFound("labour file", id);
            }
            Uni<List<String>> missing = postingId == null
                    ? Uni.createFrom().item(SkillGap.wanted(trainee))
                    : session.find(PostingSkills.class, PathIds.uuid("posting", postingId)).map(posting -> {
                        if (posting == null) {
                            throw ProblemException.notFound("posting", postingId);
                        }
                        return SkillGap.lacking(trainee, posting.required.items());
                    });
            return missing.chain(codes -> codes.isEmpty()
                    ? Uni.createFrom().item(new Suggested(codes, List.of()))
                    : courses.teachingAnyOf(session, codes, PlatformCalendar.today(clock))
                            .map(found -> new Suggested(codes, SkillGap.rank(trainee, found, codes, size))));
        }));
    }
}
