package org.laborlink.training.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.events.training.EnrolmentChanged.Status;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.training.course.CourseTakers;
import org.laborlink.training.course.domain.Course;
import org.laborlink.training.course.domain.CourseAccess;
import org.laborlink.training.enrolment.api.EnrolmentRequests;
import org.laborlink.training.enrolment.domain.Enrolment;
import org.laborlink.training.facts.domain.Trainee;

import io.smallrye.mutiny.Uni;

/**
 * Places in courses. Every step on a course's places locks the course row first, so enrolments racing for the last
 * places queue: a place while there is one, the waiting list after, in order; a freed place goes to the first
 * waiting worker. A worker enrols once per course. Each step and its events commit together.
 */
@ApplicationScoped
public class EnrolmentRegister implements CourseTakers {

    private final Mutiny.SessionFactory sessions;
    private final EventOutbox outbox;
    private final Clock clock;

    public EnrolmentRegister(Mutiny.SessionFactory sessions, EventOutbox outbox, Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.outbox = outbox;
    }

    public Uni<Enrolment> enrol(UUID courseId, EnrolmentRequests.Enrol request, Caller caller) {
        UUID workerId = request != null && request.workerId() != null ? request.workerId()
                : caller.workerId().map(UUID::fromString).orElseThrow(() -> ProblemException.invalidField("workerId",
                        "is required: name the worker to enrol"));
        boolean self = caller.is(Role.WORKER) && caller.workerId().filter(workerId.toString()::equals).isPresent();
        Instant now = clock.instant();
        return sessions.withTransaction(session -> session.find(Course.class, courseId, LockMode.PESSIMISTIC_WRITE)
                .chain(course -> {
                    if (course == null) {
                        throw ProblemException.notFound("course", courseId);
                    }
                    if (course.status != Course.Status.OPEN) {
                        throw ProblemException.conflict("course-cancelled", "course " + courseId + " is cancelled");
                    }
                    return session.find(Trainee.class, workerId).chain(trainee -> {
                        boolean allowed = self || caller.governs(course.region)
                                || (trainee != null && caller.governs(trainee.householdRegion));
                        if (!allowed) {
                            throw ProblemException.forbidden("a worker enrols themselves; officers enrol workers of, "
                                    + "or courses in, their region");
                        }
                        if (trainee == null) {
                            throw ProblemException.conflict("unknown-worker", "training-service has not learned of "
                                    + "labour file " + workerId + " yet (it arrives within seconds of registration); try again");
                        }
                        return existing(session, courseId, workerId).chain(existing -> {
                            if (existing != null) {
                                throw ProblemException.duplicate("duplicate-enrolment", "the worker is enrolled in this "
                                        + "course already (" + existing.status + ")", "/api/v1/enrolments/" + existing.id);
                            }
                            Enrolment e = new Enrolment();
                            e.id = UUID.randomUUID();
                            e.courseId = courseId;
                            e.workerId = workerId;
                            e.householdRegion = trainee.householdRegion;
                            e.povertyStatus = trainee.povertyStatus;
                            e.enrolledBy = caller.subject();
                            e.enrolledAt = now;
                            Uni<Void> placed;
                            if (course.placesLeft() > 0) {
                                course.enrolled++;
                                e.place(now);
                                placed = Uni.createFrom().voidItem();
                            } else {
                                e.status = Status.WAITING;
                                e.version = 1;
                                e.updatedAt = now;
                                placed = session.createNativeQuery("select nextval('enrolment_waiting_position')",
                                        Long.class).getSingleResult().invoke(p -> e.waitingPosition = p).replaceWithVoid();
                            }
                            return placed.chain(() -> session.persist(e))
                                    .chain(() -> outbox.append(session, e.changed(course))).replaceWith(e);
                        });
                    });
                }));
    }

    /** Moves waiting workers, first come first served, into the course's free places (inside the caller's lock). */
    @Override
    public Uni<Void> fillPlaces(Mutiny.Session session, Course course) {
        if (course.placesLeft() <= 0 || course.status == Course.Status.CANCELLED) {
            return Uni.createFrom().voidItem();
        }
        return session.createSelectionQuery("from Enrolment where courseId = :course and status = :waiting "
                        + "order by waitingPosition", Enrolment.class)
                .setParameter("course", course.id).setParameter("waiting", Status.WAITING)
                .setMaxResults(course.placesLeft()).getResultList()
                .chain(waiting -> {
                    Instant now = clock.instant();
                    List<DomainEvent> events = waiting.stream().map(e -> {
                        course.enrolled++;
                        e.place(now);
                        return (DomainEvent) e.changed(course);
                    }).toList();
                    return outbox.appendAll(session, events);
                });
    }

    /** A cancelled course ends every place and spot on its waiting list, each with its event (inside the caller's lock). */
    @Override
    public Uni<Void> endAll(Mutiny.Session session, Course course, String reason) {
        return session.createSelectionQuery("from Enrolment where courseId = :course and status in (:open)",
                        Enrolment.class)
                .setParameter("course", course.id).setParameter("open", List.of(Status.ENROLLED, Status.WAITING))
                .getResultList()
                .chain(open -> {
                    Instant now = clock.instant();
                    List<DomainEvent> events = open.stream().map(e -> {
                        if (e.drop(reason, now)) {
                            course.enrolled--;
                        }
                        return (DomainEvent) e.changed(course);
                    }).toList();
                    return outbox.appendAll(session, events);
                });
    }

    public Uni<Enrolment> drop(UUID id, String reason, Caller caller) {
        return step(id, caller, true, (session, course, e, now) -> {
            boolean freed = e.drop(reason, now);
            if (!freed) {
                return outbox.append(session, e.changed(course)).replaceWithVoid();
            }
            course.enrolled--;
            return outbox.append(session, e.changed(course)).chain(() -> fillPlaces(session, course));
        });
    }

    public Uni<Enrolment> attend(UUID id, EnrolmentRequests.Attendance r, Caller caller) {
        return step(id, caller, false, (session, course, e, now) -> {
            e.expectEnrolled("marked present");
            if (r.session() > course.sessions) {
                throw ProblemException.invalidField("session", "the course has " + course.sessions + " sessions");
            }
            return session.createNativeQuery("""
                    insert into attendance (enrolment_id, session, attended_on, recorded_by)
                    values (:id, :session, :on, :by) on conflict do nothing""")
                    .setParameter("id", e.id).setParameter("session", r.session())
                    .setParameter("on", r.attendedOn()).setParameter("by", caller.subject()).executeUpdate()
                    .chain(() -> session.createNativeQuery("select count(*) from attendance where enrolment_id = :id",
                            Long.class).setParameter("id", e.id).getSingleResult())
                    .invoke(n -> {
                        e.sessionsAttended = n.intValue();
                        e.updatedAt = now;
                    }).replaceWithVoid();
        });
    }

    public Uni<Enrolment> complete(UUID id, EnrolmentRequests.Completion r, Caller caller) {
        return step(id, caller, false, (session, course, e, now) -> {
            if (r.outcome() == EnrolmentRequests.Completion.Outcome.FAILED) {
                if (r.reason() == null || r.reason().isBlank()) {
                    throw ProblemException.invalidField("reason", "is required when the worker failed");
                }
                e.fail(r.reason().strip(), now);
            } else {
                SkillLevel level = r.assessedLevel();
                if (level == null || level == SkillLevel.NONE) {
                    throw ProblemException.invalidField("assessedLevel", "is required: BASIC, SKILLED or CERTIFIED");
                }
                if (level.compareTo(course.certifiesLevel) > 0) {
                    throw ProblemException.invalidField("assessedLevel", "the course certifies up to " + course.certifiesLevel);
                }
                if (level == SkillLevel.CERTIFIED && (r.certificateNumber() == null || r.certificateNumber().isBlank())) {
                    throw ProblemException.invalidField("certificateNumber", "is required for a certified level");
                }
                e.complete(level, level == SkillLevel.CERTIFIED ? r.certificateNumber().strip() : null, now);
            }
            return outbox.append(session, e.changed(course)).replaceWithVoid();
        });
    }

    public Uni<Enrolment> enrolment(UUID id, Caller caller) {
        return sessions.withSession(session -> session.find(Enrolment.class, id).chain(e -> e == null
                ? Uni.createFrom().failure(ProblemException.notFound("enrolment", id))
                : session.find(Course.class, e.courseId).map(course -> {
                    if (!maySee(caller, e, course)) {
                        throw ProblemException.notFound("enrolment", id);
                    }
                    return e;
                })));
    }

    /** A course's enrolments, for its provider and the officers of its region; anyone else: 404. */
    public Uni<List<Enrolment>> ofCourse(UUID courseId, Caller caller) {
        return sessions.withSession(session -> session.find(Course.class, courseId).chain(course -> {
            if (course == null || !CourseAccess.runs(caller, course)) {
                throw ProblemException.notFound("enrolments of course", courseId);
            }
            return session.createSelectionQuery("from Enrolment where courseId = :course order by enrolledAt, id",
                    Enrolment.class).setParameter("course", courseId).getResultList();
        }));
    }

    public Uni<List<Enrolment>> ofWorker(Caller caller) {
        UUID workerId = caller.workerId().map(UUID::fromString)
                .orElseThrow(() -> ProblemException.forbidden("this account is not linked to a labour file"));
        return sessions.withSession(session -> session.createSelectionQuery(
                        "from Enrolment where workerId = :worker order by enrolledAt", Enrolment.class)
                .setParameter("worker", workerId).getResultList());
    }

    @FunctionalInterface
    private interface Step {
        Uni<Void> apply(Mutiny.Session session, Course course, Enrolment e, Instant now);
    }

    /** A step on an enrolment: the course locked first (its places), then the enrolment, then published together. */
    private Uni<Enrolment> step(UUID id, Caller caller, boolean workerMay, Step step) {
        Instant now = clock.instant();
        return sessions.withTransaction(session -> session.find(Enrolment.class, id).chain(found -> {
            if (found == null) {
                throw ProblemException.notFound("enrolment", id);
            }
            return session.find(Course.class, found.courseId, LockMode.PESSIMISTIC_WRITE)
                    .chain(course -> session.refresh(found).replaceWith(course))
                    .chain(course -> {
                        if (!maySee(caller, found, course)) {
                            throw ProblemException.notFound("enrolment", id);
                        }
                        boolean worker = caller.is(Role.WORKER)
                                && caller.workerId().filter(found.workerId.toString()::equals).isPresent();
                        if (!CourseAccess.runs(caller, course) && !caller.governs(found.householdRegion) && !(workerMay && worker)) {
                            throw ProblemException.forbidden("the course's provider and officers record this");
                        }
                        if (course.status == Course.Status.CANCELLED) {
                            throw ProblemException.conflict("course-cancelled", "course " + course.id + " is cancelled");
                        }
                        return step.apply(session, course, found, now).replaceWith(found);
                    });
        }));
    }

    private static boolean maySee(Caller caller, Enrolment e, Course course) {
        if (caller.is(Role.WORKER)) {
            return caller.workerId().filter(e.workerId.toString()::equals).isPresent();
        }
        return CourseAccess.runs(caller, course) || caller.governs(e.householdRegion);
    }

    private static Uni<Enrolment> existing(Mutiny.Session session, UUID courseId, UUID workerId) {
        return session.createSelectionQuery("from Enrolment where courseId = :course and workerId = :worker",
                        Enrolment.class)
                .setParameter("course", courseId).setParameter("worker", workerId).getSingleResultOrNull();
    }
}
