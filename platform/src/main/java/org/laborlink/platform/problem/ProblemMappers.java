package org.laborlink.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.ForbiddenException;

/** Turns every error a LaborLink endpoint raises into RFC 9457 problem+json, naming the fields at fault. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.toProblem(uri.getPath(), chinese(headers)));
    }

    @ServerExceptionMapper
    public Response invalidRequest(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = new ArrayList<>();
        errors.addAll(fieldErrors(e.getConstraintViolations()));
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return respond(new Problem(Problem.type("validation"), "Request has invalid fields", 400, detail, uri.getPath(), errors),
                headers, null);
    }

    @ServerExceptionMapper
    public Response mismatchedBody(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadableBody(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response invalidParameter(StrictParameters.InvalidParameterException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.problem().toProblem(uri.getPath(), chinese(headers)));
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        Problem.FieldError error = fieldError(e);
        String field = error.field();
        String message = error.message();
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(error);
        return respond(new Problem(Problem.type("unreadable-body"), "Request body is not valid JSON for this endpoint", 400,
                field.isEmpty() ? message : field + ": " + message, uri.getPath(), errors), headers, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "your role may not do this", uri.getPath(), List.of()), headers, "forbidden.role");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json, uri, headers); // a body Jackson could not read, wrapped by the REST layer
        }
        int status = e.getResponse().getStatus();
        return respond(new Problem(Problem.type("http-" + status), Response.Status.fromStatusCode(status) == null
                ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase(), status,
                e.getMessage(), uri.getPath(), List.of()), headers, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        if (Outages.isOutage(e)) {
            LOG.warnf("a store is unreachable; %s answered 503: %s", uri.getPath(), e);
            Problem unavailable = new Problem(Problem.type("unavailable"), "Service unavailable", 503,
                    "a store this service depends on is unreachable; nothing was changed, try again in "
                            + Outages.RETRY_AFTER_SECONDS + " s", uri.getPath(), List.of());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", Outages.RETRY_AFTER_SECONDS)
                    .entity(chinese(headers) ? ProblemLanguage.inChinese(unavailable, "unavailable", Outages.RETRY_AFTER_SECONDS)
                            : unavailable)
                    .build();
        }
        LOG.errorf(e, "unexpected error on %s", uri.getPath());
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "the request could not be completed; nothing was changed", uri.getPath(), List.of()), headers, "internal");
    }

    private static Response respond(Problem p) {
        // the same refusal reads differently by Accept-Language: a cache must not give one language's to another
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).header("Vary", "Accept-Language").entity(p).build();
    }

    /** Answers the problem in the language the request prefers; {@code detailKey} names its detail's template, if any. */
    private static Response respond(Problem p, HttpHeaders headers, String detailKey) {
        return respond(chinese(headers) ? ProblemLanguage.inChinese(p, detailKey) : p);
    }

    private static boolean chinese(HttpHeaders headers) {
        try {
            return headers != null && ProblemLanguage.prefersChinese(headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return false;
        }
    }

    /** Violations as fields at fault, sorted by field: the same names for a request body and an import row. */
    public static List<Problem.FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        return errors;
    }

    /** The field (JSON path, empty when the JSON itself is broken) and message of unreadable JSON. */
    public static Problem.FieldError fieldError(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? jsonPath(m)
                : e instanceof StreamReadException read && read.getProcessor() != null
                        ? contextPath(read.getProcessor().getParsingContext()) : "";
        String message = e.getOriginalMessage().replaceAll("\\s*at \\[Source.*", "");
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && !message.startsWith("must ")) {
            Class<?> target = mismatch.getTargetType();
            // a request record or any other object: say so, never the name of a class inside the service
            boolean object = expected(target).isEmpty() && !target.isPrimitive() && !target.getName().startsWith("java.");
            message = object ? "must be a JSON object" : expected(target).orElse(message);
        } else if (e instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
            message = "is out of range: " + expected(coercion.getTargetType()).orElse("too large for this field");
        }
        return new Problem.FieldError(field, message);
    }

    /** What a field of this type takes, in a client's words. */
    private static java.util.Optional<String> expected(Class<?> type) {
        if (type.isEnum()) {
            return java.util.Optional.of("must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).toList());
        }
        String what = type == Integer.class || type == int.class ? "must be a whole number from " + Integer.MIN_VALUE
                + " to " + Integer.MAX_VALUE
                : type == Long.class || type == long.class || type == Short.class || type == short.class
                        ? "must be a whole number"
                : type == java.math.BigDecimal.class || type == Double.class || type == double.class ? "must be a number"
                : type == Boolean.class || type == boolean.class ? "must be true or false"
                : type == java.util.UUID.class ? "must be a UUID"
                : type == java.time.LocalDate.class ? "must be a date (yyyy-MM-dd) from " + StrictJson.EARLIEST + " to "
                        + StrictJson.LATEST
                : type == java.time.LocalTime.class ? "must be a time of day (HH:mm, like 22:00)"
                : type == java.time.Instant.class || type == java.time.OffsetDateTime.class
                        ? "must be an instant (ISO-8601, like 2026-12-01T08:00:00Z)"
                : type == String.class ? "must be text"
                : java.util.List.class.isAssignableFrom(type) || type.isArray() ? "must be a list"
                : null;
        return java.util.Optional.ofNullable(what);
    }

    /** The field a parser stood at ("skills[0].code"), for errors raised while reading a value, not mapping it. */
    private static String contextPath(JsonStreamContext context) {
        java.util.List<String> segments = new java.util.ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                segments.add(0, c.getCurrentName());
            } else if (c.inArray()) {
                segments.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            if (!out.isEmpty() && !segment.startsWith("[")) {
                out.append('.');
            }
            out.append(segment);
        }
        return out.toString();
    }

    /**
     * "register.request.skills[0].code" -> "skills[0].code" (a body field); "list.limit" -> "limit" (a query
     * parameter): the method node is dropped, the parameter node only when a body field follows it.
     */
    private static String fieldName(Path path) {
        String parameter = "";
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(node.getName());
        }
        return out.isEmpty() ? parameter : out.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
