package org.laborlink.training.course;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.training.course.domain.Course;

import io.smallrye.mutiny.Uni;

/**
 * The workers who hold or wait for a course's places, as a course change needs them: the enrolment aggregate
 * implements this, so a course depends on no enrolment class and enrolments depend on courses one way only.
 */
public interface CourseTakers {

    /** Moves waiting workers, first come first served, into the course's free places (inside the caller's lock). */
    Uni<Void> fillPlaces(Mutiny.Session session, Course course);

    /** A cancelled course ends every place and spot on its waiting list (inside the caller's lock). */
    Uni<Void> endAll(Mutiny.Session session, Course course, String reason);
}
