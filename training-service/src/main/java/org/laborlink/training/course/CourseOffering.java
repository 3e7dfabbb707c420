package org.laborlink.training.course;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.events.training.CourseChanged;
import org.laborlink.events.training.CourseMode;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.OccupationClassification;
import org.laborlink.training.course.api.CourseRequests;
import org.laborlink.training.course.domain.Course;
import org.laborlink.training.course.domain.CourseAccess;
import org.laborlink.training.provider.domain.TrainingProvider;
import org.laborlink.training.course.domain.CourseKind;

import io.smallrye.mutiny.Uni;

/**
 * CourseOffering: published by their provider or an officer of the region, changed with If-Match (a larger capacity moves
 * waiting workers in), cancelled; searched by anyone signed in. Each change and its event commit together.
 */
@ApplicationScoped
public class CourseOffering {

    private final Mutiny.SessionFactory sessions;
    private final EventOutbox outbox;
    private final OccupationClassification occupations;
    private final AdministrativeDivisions divisions;
    private final CourseTakers enrolments;
    private final Clock clock;

    public CourseOffering(Mutiny.SessionFactory sessions, EventOutbox outbox, OccupationClassification occupations,
            AdministrativeDivisions divisions, CourseTakers enrolments, Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.outbox = outbox;
        this.occupations = occupations;
        this.divisions = divisions;
        this.enrolments = enrolments;
    }

    public Uni<Course> create(CourseRequests.CreateCourse r, Caller caller) {
        String providerId = r.providerId() != null ? r.providerId()
                : caller.providerId().orElseThrow(() -> ProblemException.invalidField("providerId",
                        "is required: name the provider running the course"));
        if (!divisions.isCounty(r.region()) && divisions.find(r.region()).isEmpty()) {
            throw ProblemException.invalidField("region", "is not a division known to the platform");
        }
        if (!CourseAccess.mayRun(caller, providerId, r.region())) {
            throw ProblemException.forbidden(caller.is(Role.PROVIDER)
                    ? "a provider publishes its own courses in its region" : "officers publish courses in their region");
        }
        check("occupationCode", r.occupationCode());
        for (int i = 0; i < r.skillCodes().size(); i++) {
            check("skillCodes[" + i + "]", r.skillCodes().get(i));
        }
        if (r.certifiesLevel() == SkillLevel.NONE) {
            throw ProblemException.invalidField("certifiesLevel", "must be BASIC, SKILLED or CERTIFIED");
        }
        if (r.mode() != CourseMode.ONLINE && r.location() == null) {
            throw ProblemException.invalidField("location", "is required where part of the course is on site");
        }
        if (r.endsOn().isBefore(r.startsOn())) {
            throw ProblemException.invalidField("endsOn", "must not be before startsOn");
        }
        CourseKind kind = r.kind() == null ? CourseKind.GENERAL : r.kind();
        if (kind == CourseKind.ORDER_BASED && (r.employerId() == null || r.postingId() == null)) {
            throw ProblemException.invalidField(r.employerId() == null ? "employerId" : "postingId",
                    "is required for an order-based course (the employer and posting it trains for)");
        }
        Instant now = clock.instant();
        Course c = new Course();
        c.id = UUID.randomUUID();
        c.version = 1;
        c.providerId = providerId;
        c.title = r.title().strip();
        c.occupationCode = r.occupationCode();
        c.skills = new Course.Skills(r.skillCodes().stream().distinct().toList());
        c.certifiesLevel = r.certifiesLevel();
        c.kind = kind;
        c.mode = r.mode();
        c.region = r.region();
        c.lat = r.location() == null ? null : r.location().lat();
        c.lon = r.location() == null ? null : r.location().lon();
        c.startsOn = r.startsOn();
        c.endsOn = r.endsOn();
        c.sessions = r.sessions();
        c.capacity = r.capacity();
        c.cost = r.cost().setScale(2);
        c.free = r.free() != null ? r.free() : r.cost().signum() == 0;
        c.employerId = r.employerId();
        c.postingId = r.postingId();
        c.status = Course.Status.OPEN;
        c.createdBy = caller.subject();
        c.createdAt = now;
        c.updatedAt = now;
        return sessions.withTransaction(session -> session.find(TrainingProvider.class, providerId).chain(provider -> {
            if (provider == null || provider.standing != TrainingProvider.Standing.VERIFIED) {
                String detail = "provider-verified: only a training provider verified by the labour office of its region "
                        + "offers courses; provider " + providerId + (provider == null ? " is not registered" : " is " + provider.standing);
                throw new ProblemException(409, "provider-not-verified", "Provider not verified", detail,
                        List.of(new Problem.FieldError("providerId", detail)));
            }
            return session.persist(c);
        }).chain(() -> outbox.append(session, c.changed(CourseChanged.Change.PUBLISHED))).replaceWith(c));
    }

    public Uni<Course> course(UUID id) {
        return sessions.withSession(session -> session.find(Course.class, id)).map(c -> {
            if (c == null) {
                throw ProblemException.notFound("course", id);
            }
            return c;
        });
    }

    public Uni<Course> change(UUID id, long expectedVersion, CourseRequests.ChangeCourse r, Caller caller) {
        return sessions.withTransaction(session -> locked(session, id, caller).chain(c -> {
            if (c.version != expectedVersion) {
                throw ProblemException.staleVersion(expectedVersion, c.version);
            }
            if (c.status == Course.Status.CANCELLED) {
                throw ProblemException.conflict("course-cancelled", "course " + id + " is cancelled");
            }
            if (r.capacity() != null && r.capacity() < c.enrolled) {
                throw ProblemException.invalidField("capacity", "is below the " + c.enrolled + " places already taken");
            }
            if (r.title() != null) {
                c.title = r.title().strip();
            }
            c.startsOn = r.startsOn() != null ? r.startsOn() : c.startsOn;
            c.endsOn = r.endsOn() != null ? r.endsOn() : c.endsOn;
            if (c.endsOn.isBefore(c.startsOn)) {
                throw ProblemException.invalidField("endsOn", "must not be before startsOn");
            }
            c.sessions = r.sessions() != null ? r.sessions() : c.sessions;
            c.capacity = r.capacity() != null ? r.capacity() : c.capacity;
            c.cost = r.cost() != null ? r.cost().setScale(2) : c.cost;
            c.free = r.free() != null ? r.free() : c.free;
            c.version++;
            c.updatedAt = clock.instant();
            // waiting workers take the new places first, so the event tells the places left after them
            return enrolments.fillPlaces(session, c)
                    .chain(() -> outbox.append(session, c.changed(CourseChanged.Change.CHANGED))).replaceWith(c);
        }));
    }

    public Uni<Course> cancel(UUID id, Caller caller) {
        return sessions.withTransaction(session -> locked(session, id, caller).chain(c -> {
            if (c.status == Course.Status.CANCELLED) {
                return Uni.createFrom().item(c);
            }
            c.status = Course.Status.CANCELLED;
            c.version++;
            c.updatedAt = clock.instant();
            return enrolments.endAll(session, c, "course cancelled")
                    .chain(() -> outbox.append(session, c.changed(CourseChanged.Change.CANCELLED))).replaceWith(c);
        }));
    }

    /** CourseOffering by occupation, skill, region (prefix of the course's region) and mode; open ones, cursor by id. */
    public Uni<List<Course>> search(String occupation, String skill, String regionPrefix, CourseMode mode, UUID after,
            int limit) {
        List<String> where = new ArrayList<>(List.of("status = :open"));
        if (occupation != null) {
            where.add("occupationCode = :occupation");
        }
        if (regionPrefix != null) {
            where.add("region like :region");
        }
        if (mode != null) {
            where.add("mode = :mode");
        }
        if (after != null) {
            where.add("id > :after");
        }
        return sessions.withSession(session -> {
            var query = session.createSelectionQuery("from Course where " + String.join(" and ", where) + " order by id",
                    Course.class).setParameter("open", Course.Status.OPEN);
            if (occupation != null) {
                query.setParameter("occupation", occupation);
            }
            if (regionPrefix != null) {
                query.setParameter("region", regionPrefix + "%");
            }
            if (mode != null) {
                query.setParameter("mode", mode);
            }
            if (after != null) {
                query.setParameter("after", after);
            }
            // a skill filter looks inside the JSON list: few courses per page, filtered here
            return query.setMaxResults(skill == null ? limit : 2000).getResultList()
                    .map(courses -> courses.stream().filter(c -> skill == null || c.skills.codes().contains(skill))
                            .limit(limit).toList());
        });
    }

    private Uni<Course> locked(Mutiny.Session session, UUID id, Caller caller) {
        return session.find(Course.class, id, LockMode.PESSIMISTIC_WRITE).map(c -> {
            if (c == null) {
                throw ProblemException.notFound("course", id);
            }
            if (!CourseAccess.mayRun(caller, c)) {
                throw ProblemException.forbidden("the course's provider and the officers of its region change it");
            }
            return c;
        });
    }

    private void check(String field, String code) {
        if (occupations.find(code).isEmpty()) {
            throw ProblemException.invalidField(field, "is not a CSCO 2022 code known to the platform");
        }
    }
}
