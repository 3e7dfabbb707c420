package org.laborlink.gateway.proxy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.problem.ProblemLanguage;
import org.laborlink.platform.tracing.RequestIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's own answers, as RFC 9457 problem+json naming the request ({@code requestId}, and the
 * {@code X-Request-Id} header): a missing or refused token (401), a refused role (403), no API at the path (404), a
 * body too large (413), too many requests (429), a service that cannot be reached (502/503/504) and any failure of
 * the gateway itself (500).
 */
@ApplicationScoped
public class GatewayProblems {

    private static final Logger LOG = Logger.getLogger(GatewayProblems.class);

    private final ObjectMapper json;

    public GatewayProblems(ObjectMapper json) {
        this.json = json;
    }

    void routes(@Observes Router router) {
        // any other path is the console's (its index.html, which shows its own "no such page")
        router.routeWithRegex("/(api|q)(/.*)?").order(Integer.MAX_VALUE).handler(ctx -> send(ctx, 404, "not-found",
                "Not found", "no LaborLink API at " + ctx.normalizedPath()));
        router.route().failureHandler(this::failed);
    }

    private void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || ctx.statusCode() == 401) {
            unauthorized(ctx);
        } else if (failure instanceof ForbiddenException || ctx.statusCode() == 403) {
            send(ctx, 403, "forbidden", "Forbidden", "your role may not do this");
        } else if (ctx.statusCode() == 413) {
            send(ctx, 413, "too-large", "Content Too Large", "the request body is larger than this API takes");
        } else if (ctx.statusCode() > 0 && ctx.statusCode() < 500) {
            send(ctx, ctx.statusCode(), "http-" + ctx.statusCode(), "Request refused", "the request was refused");
        } else {
            LOG.errorf(failure, "gateway failure on %s", ctx.normalizedPath());
            send(ctx, 500, "internal", "Internal error", "the gateway could not complete the request");
        }
    }

    /** 401: no token, or one the gateway refused (expired, tampered, of another realm). */
    public void unauthorized(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"laborlink\"");
        send(ctx, 401, "unauthorized", "Unauthorized",
                "send a valid bearer token of the laborlink realm (Authorization: Bearer ...)");
    }

    /** Answers the request with a problem of the gateway's own. */
    public void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        send(ctx, status, slug, title, detail, List.of());
    }

    public void send(RoutingContext ctx, int status, String slug, String title, String detail,
            List<Problem.FieldError> errors) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        String id = RequestIds.of(ctx);
        if (id != null) {
            response.putHeader(RequestIds.HEADER, id);
        }
        response.end(body(status, slug, title, detail, ctx.normalizedPath(), errors, id,
                ctx.request().getHeader("Accept-Language")));
    }

    /** The JSON of a problem, for answers written by the proxy. */
    /** A problem's body, in Chinese when the request's Accept-Language prefers it. */
    public String body(int status, String slug, String title, String detail, String path,
            List<Problem.FieldError> errors, String requestId, String acceptLanguage) {
        Problem problem = new Problem(Problem.type(slug), title, status, detail, path, errors, null, requestId);
        return write(ProblemLanguage.prefersChinese(acceptLanguage) ? ProblemLanguage.inChinese(problem, null) : problem);
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
