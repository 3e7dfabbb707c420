package org.laborlink.platform.problem;

import java.util.UUID;

/** Ids from request paths: anything that is no UUID names no object (404, like an object the caller may not see). */
public final class PathIds {

    private PathIds() {
    }

    public static UUID uuid(String what, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what, id);
        }
    }
}
