package org.laborlink.training.course.domain;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;

/** Who runs a course: its provider (in the provider's region) and the officers governing its region. */
public final class CourseAccess {

    private CourseAccess() {
    }

    /** May create or change a course of this provider in this region. */
    public static boolean mayRun(Caller caller, String providerId, String region) {
        if (caller.is(Role.PROVIDER)) {
            return caller.providerId().filter(providerId::equals).isPresent()
                    && caller.region().map(r -> r.contains(region)).orElse(false);
        }
        return caller.governs(region);
    }

    public static boolean mayRun(Caller caller, Course course) {
        return mayRun(caller, course.providerId, course.region);
    }

    /**
     * Runs this course day to day (lists and records its enrolments): its provider wherever the provider's account
     * sits, or an officer of its region.
     */
    public static boolean runs(Caller caller, Course course) {
        if (caller.is(Role.PROVIDER)) {
            return caller.providerId().filter(course.providerId::equals).isPresent();
        }
        return caller.governs(course.region);
    }
}
