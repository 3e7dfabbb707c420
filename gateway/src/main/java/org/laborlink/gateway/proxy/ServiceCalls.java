package org.laborlink.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.laborlink.platform.problem.Outages;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.tracing.RequestIds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.stork.Stork;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * How the gateway's composed answers (the transcript, a layoff with its workers' recommendations) ask the services:
 * a GET with the caller's own token, request id and language, so each service applies its own access rules; an
 * answer other than 200 is a {@link Refused}, which {@link #optional} turns into a left-out section when it is a 404.
 */
@ApplicationScoped
public class ServiceCalls {

    private static final Logger LOG = Logger.getLogger(ServiceCalls.class);

    /** A service's answer that is not a 200: passed on as it came (a problem of that service). */
    static final class Refused extends RuntimeException {

        final int status;
        final Buffer body;

        Refused(int status, Buffer body) {
            super("answered " + status, null, false, false);
            this.status = status;
            this.body = body;
        }
    }

    private final GatewayProblems problems;
    private final ObjectMapper json;
    private WebClient client;

    public ServiceCalls(GatewayProblems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    void start(@Observes Router router, Vertx vertx) {
        client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setMaxPoolSize(16)
                .setConnectTimeout(2000).setIdleTimeout(60));
    }

    /** The service's JSON answer to {@code GET uri}, asked as the caller. */
    Future<JsonNode> get(RoutingContext ctx, String service, String uri) {
        return Future.fromCompletionStage(Stork.getInstance().getService(service).selectInstance()
                .subscribeAsCompletionStage())
                .compose(instance -> {
                    var request = client.get(instance.getPort(), instance.getHost(), uri).timeout(20_000)
                            .putHeader("Authorization", ctx.request().getHeader("Authorization"))
                            .putHeader("Accept", "application/json");
                    String id = RequestIds.of(ctx);
                    if (id != null) {
                        request.putHeader(RequestIds.HEADER, id);
                    }
                    String language = ctx.request().getHeader("Accept-Language");
                    if (language != null) {
                        request.putHeader("Accept-Language", language);
                    }
                    return request.send();
                })
                .compose((HttpResponse<Buffer> response) -> {
                    if (response.statusCode() != 200) {
                        return Future.failedFuture(new Refused(response.statusCode(), response.body()));
                    }
                    try {
                        return Future.succeededFuture(json.readTree(response.body().getBytes()));
                    } catch (Exception e) {
                        return Future.failedFuture(e);
                    }
                });
    }

    /** A section the caller may not see (404) is left out (null); anything else fails the answer. */
    static Future<JsonNode> optional(Future<JsonNode> section) {
        return section.recover(failure -> failure instanceof Refused r && r.status == 404
                ? Future.succeededFuture(null) : Future.failedFuture(failure));
    }

    /**
     * Answers a composed request that failed: a service's refusal as it came, anything else (a service that cannot be
     * reached) 503, never a partial answer passed off as whole.
     */
    void fail(RoutingContext ctx, Throwable failure, String what) {
        if (failure instanceof Refused refused) {
            ctx.response().setStatusCode(refused.status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(refused.body);
            return;
        }
        LOG.warnf("%s: a service cannot be reached: %s", what, failure.toString());
        ctx.response().putHeader("Retry-After", String.valueOf(Outages.RETRY_AFTER_SECONDS));
        problems.send(ctx, 503, "service-unavailable", "Service Unavailable", "a service " + what + " is made from "
                + "cannot be reached right now; try again in " + Outages.RETRY_AFTER_SECONDS + " s");
    }

    /** Answers with {@code body} as JSON. */
    void json(RoutingContext ctx, Object body) {
        try {
            ctx.response().putHeader("Content-Type", "application/json").end(json.writeValueAsString(body));
        } catch (Exception e) {
            ctx.fail(e);
        }
    }
}
