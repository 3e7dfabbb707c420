package org.laborlink.platform.problem;

/** Reads the version a client names in If-Match when it changes an object (optimistic concurrency). */
public final class IfMatch {

    private IfMatch() {
    }

    /** If-Match: "3" (or W/"3") -> 3; a change without it is refused with 428. */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.versionRequired();
        }
        try {
            return Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "must be the ETag of a version you read, like \"3\"");
        }
    }
}
