package org.laborlink.platform.problem;

import java.util.UUID;

/** The {@code after} cursors of lists that page by the id of the last item they gave out. */
public final class Cursors {

    private Cursors() {
    }

    /** The id an {@code after} cursor names, or null for the first page; anything else is refused naming the parameter. */
    public static UUID idAfter(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "is not a cursor this list gave out");
        }
    }
}
