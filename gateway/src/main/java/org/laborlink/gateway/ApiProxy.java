package org.laborlink.gateway;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.laborlink.platform.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;

/**
 * The one door: every {@code /api/v1/**} request, once Quarkus OIDC has validated its bearer token, is proxied to
 * the service the {@link RouteTable} names, with its token (the services check it again) and a request id.
 */
@ApplicationScoped
public class ApiProxy {

    static final String REQUEST_ID = "X-Request-Id";

    private final GatewayConfig config;
    private final ObjectMapper json;

    public ApiProxy(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void routes(@Observes Router router, Vertx vertx) {
        // a connection left hanging (its caller gone) is closed after a minute, and a request that would wait
        // behind more than 1,000 others is answered 502 at once, so an overload passes instead of jamming the door
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(64).setKeepAlive(true).setConnectTimeout(2000).setIdleTimeout(60)
                .setMaxWaitQueueSize(1000)));
        proxy.originSelector(request -> Future.succeededFuture(origin(request.path())));
        router.route("/api/*").order(10).handler(ctx -> forward(ctx, proxy));
    }

    private void forward(RoutingContext ctx, HttpProxy proxy) {
        String requestId = Optional.ofNullable(ctx.request().getHeader(REQUEST_ID)).filter(id -> id.length() <= 100)
                .orElseGet(() -> UUID.randomUUID().toString());
        ctx.request().headers().set(REQUEST_ID, requestId);
        ctx.response().headers().set(REQUEST_ID, requestId);
        if (!ctx.request().path().equals(ctx.normalizedPath())) {
            problem(ctx, 400, "unnormalized-path", "Bad request", "the path must not contain dot segments or empty segments");
            return;
        }
        Optional<String> service = RouteTable.serviceFor(ctx.normalizedPath());
        if (service.isEmpty() || !config.services().containsKey(service.get())) {
            problem(ctx, 404, "not-found", "Not found", "no LaborLink API at " + ctx.normalizedPath());
            return;
        }
        ctx.request().headers().set("X-Forwarded-Host", ctx.request().authority() == null ? "" : ctx.request().authority().toString());
        proxy.handle(ctx.request());
    }

    private SocketAddress origin(String path) {
        URI uri = RouteTable.serviceFor(path).map(config.services()::get).orElseThrow();
        return SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost());
    }

    private void problem(RoutingContext ctx, int status, String slug, String title, String detail) {
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(new Problem(Problem.type(slug), title, status, detail, ctx.normalizedPath(),
                            List.of())));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
