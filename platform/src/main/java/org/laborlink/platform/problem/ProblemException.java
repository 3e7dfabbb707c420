package org.laborlink.platform.problem;

import java.util.List;

/**
 * A refusal the domain or a resource raises on purpose; answered as problem+json with its status, type and fields.
 * Use the factory methods so the same kind of refusal always looks the same.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final String existing;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        this(status, slug, title, detail, errors, null);
    }

    private ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
            String existing) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.existing = existing;
    }

    /** 400: one field's value breaks a rule (a bad check digit, an unknown region code...). */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Request has invalid fields", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** 404: the object does not exist or the caller may not know that it does. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " not found", List.of());
    }

    /** 403: the caller's role may not do this at all. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }

    /** 409: the request conflicts with the current state (a duplicate, a stale state transition). */
    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail, List.of());
    }

    /** 409: the request would repeat an object that exists; {@code existing} is its path, when the caller may know it. */
    public static ProblemException duplicate(String slug, String detail, String existing) {
        return new ProblemException(409, slug, "Conflict", detail, List.of(), existing);
    }

    /** 409: as {@link #duplicate(String, String, String)}, naming the field whose value is taken. */
    public static ProblemException duplicate(String slug, String detail, String existing, String field) {
        return new ProblemException(409, slug, "Conflict", detail, List.of(new Problem.FieldError(field, detail)), existing);
    }

    /** 412: the If-Match version is not the current one; re-read and try again. */
    public static ProblemException staleVersion(long expected, long current) {
        return new ProblemException(412, "stale-version", "Precondition failed",
                "If-Match names version " + expected + " but the current version is " + current, List.of());
    }

    /** 428: a change of a versioned object must say which version it changes. */
    public static ProblemException versionRequired() {
        return new ProblemException(428, "if-match-required", "Precondition required",
                "send If-Match with the ETag of the version you read", List.of());
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors, existing);
    }

    /** The fields at fault (empty when the refusal is not about a field). */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    public int status() {
        return status;
    }
}
