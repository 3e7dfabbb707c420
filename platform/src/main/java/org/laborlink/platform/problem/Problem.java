package org.laborlink.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, as every LaborLink endpoint answers an error ({@code application/problem+json}).
 * {@code errors} names the request fields at fault; {@code existing} points to the object a refused duplicate
 * would have repeated; {@code requestId} is the request's {@code X-Request-Id}, to find it in the logs.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
        String existing, String requestId) {

    public Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null, currentRequestId());
    }

    public Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
            String existing) {
        this(type, title, status, detail, instance, errors, existing, currentRequestId());
    }

    /** The request id in the log context of the request being answered, if any. */
    private static String currentRequestId() {
        Object id = org.jboss.logging.MDC.get(org.laborlink.platform.tracing.RequestIds.LOG_KEY);
        return id == null ? null : id.toString();
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One request field at fault and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static URI type(String slug) {
        return URI.create("https://laborlink.dev/problems/" + slug);
    }
}
