package org.laborlink.events.training;

/** How a course is taught: online, on site, or hybrid (theory online first, then practice on site). */
public enum CourseMode {
    ONLINE, ON_SITE, HYBRID
}
