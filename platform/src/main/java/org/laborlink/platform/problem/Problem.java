package org.laborlink.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, as every LaborLink endpoint answers an error ({@code application/problem+json}).
 * {@code errors} names the request fields at fault; {@code existing} points to the object a refused duplicate
 * would have repeated.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
        String existing) {

    public Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One request field at fault and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static URI type(String slug) {
        return URI.create("https://laborlink.dev/problems/" + slug);
    }
}
