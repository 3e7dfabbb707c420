package org.laborlink.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refusals before a request reaches a resource: a NUL character anywhere in the path or query (no store can hold
 * one), and a body that is not JSON sent to an endpoint that reads JSON (a {@code text/plain} body is never read as a
 * JSON string). Both are answered as problem+json naming what is wrong.
 */
public class RequestGuards {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    /** Whether a resource method reads a JSON body (it has a body parameter and declares no other media type). */
    private final Map<Method, Boolean> readsJson = new ConcurrentHashMap<>();

    @ServerRequestFilter(preMatching = true)
    public Response noNulCharacter(ContainerRequestContext request) {
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        String where = rawPath.contains("%00") || rawPath.indexOf('\u0000') >= 0 ? "path" : null;
        if (where == null && rawQuery != null && (rawQuery.contains("%00") || rawQuery.indexOf('\u0000') >= 0)) {
            where = request.getUriInfo().getQueryParameters(true).entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(v -> v.indexOf('\u0000') >= 0))
                    .map(e -> e.getKey().replace("\u0000", "")).findFirst().orElse("query");
        }
        if (where == null) {
            return null;
        }
        return problem(400, "validation", "Request has invalid fields", where + ": must not contain a NUL character (%00)",
                List.of(new Problem.FieldError(where, "must not contain a NUL character")), request);
    }

    @ServerRequestFilter
    public Response jsonBodyIsJson(ContainerRequestContext request, ResourceInfo resource) {
        if (!request.hasEntity() || resource.getResourceMethod() == null
                || !readsJson.computeIfAbsent(resource.getResourceMethod(), RequestGuards::readsJson)) {
            return null;
        }
        MediaType type = request.getMediaType();
        if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))
                && type.getType().equals("application")) {
            return null;
        }
        return problem(415, "unsupported-media-type", "Unsupported Media Type",
                "this endpoint reads a JSON body: send Content-Type: application/json (not " + (type == null ? "none"
                        : type.getType() + "/" + type.getSubtype()) + ")",
                List.of(new Problem.FieldError("Content-Type", "must be application/json")), request);
    }

    private static boolean readsJson(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        if (consumes != null && List.of(consumes.value()).stream().map(t -> t.split(";")[0].strip())
                .noneMatch(t -> t.equals(MediaType.APPLICATION_JSON) || t.endsWith("+json"))) {
            return false; // the endpoint names the media types it reads (CSV, JSON lines...): JAX-RS holds it to them
        }
        for (Parameter p : method.getParameters()) {
            boolean annotated = false;
            for (Annotation a : p.getAnnotations()) {
                annotated |= NOT_THE_BODY.contains(a.annotationType())
                        || a.annotationType().getPackageName().equals("org.jboss.resteasy.reactive");
            }
            if (!annotated) {
                return true;
            }
        }
        return false;
    }

    private static Response problem(int status, String slug, String title, String detail,
            List<Problem.FieldError> errors, ContainerRequestContext request) {
        Problem problem = new Problem(Problem.type(slug), title, status, detail,
                request.getUriInfo().getRequestUri().getRawPath(), errors);
        if (ProblemLanguage.prefersChinese(request.getHeaderString("Accept-Language"))) {
            problem = ProblemLanguage.inChinese(problem, null);
        }
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
