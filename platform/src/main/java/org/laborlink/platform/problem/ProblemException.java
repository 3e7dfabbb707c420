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
    /** The template of the detail in other languages ({@link ProblemLanguage}) and its arguments, if it has one. */
    private final String detailKey;
    private final Object[] arguments;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        this(status, slug, title, detail, errors, null, null);
    }

    private ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
            String existing, String detailKey, Object... arguments) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.existing = existing;
        this.detailKey = detailKey;
        this.arguments = arguments;
    }

    /** 400: one field's value breaks a rule (a bad check digit, an unknown region code...). */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Request has invalid fields", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** 404: the object does not exist or the caller may not know that it does. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " not found", List.of(), null,
                "not-found", what, id);
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
        return new ProblemException(409, slug, "Conflict", detail, List.of(), existing, null);
    }

    /** 409: as {@link #duplicate(String, String, String)}, naming the field whose value is taken. */
    public static ProblemException duplicate(String slug, String detail, String existing, String field) {
        return new ProblemException(409, slug, "Conflict", detail, List.of(new Problem.FieldError(field, detail)), existing,
                null);
    }

    /** 412: the If-Match version is not the current one; re-read and try again. */
    public static ProblemException staleVersion(long expected, long current) {
        return new ProblemException(412, "stale-version", "Precondition failed",
                "If-Match names version " + expected + " but the current version is " + current, List.of(), null,
                "stale-version", expected, current);
    }

    /** 428: a change of a versioned object must say which version it changes. */
    public static ProblemException versionRequired() {
        return new ProblemException(428, "if-match-required", "Precondition required",
                "send If-Match with the ETag of the version you read", List.of(), null, "if-match-required");
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors, existing);
    }

    /** The problem in the language the request prefers (Chinese or English). */
    public Problem toProblem(String instance, boolean chinese) {
        Problem p = toProblem(instance);
        return chinese ? ProblemLanguage.inChinese(p, detailKey, arguments) : p;
    }

    /** The fields at fault (empty when the refusal is not about a field). */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    public int status() {
        return status;
    }
}
