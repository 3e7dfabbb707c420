package org.laborlink.gateway;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.tracing.RequestIds;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * The one door: every {@code /api/v1/**} request, once Quarkus OIDC has validated its bearer token and the caller's
 * rate limit allows it, is proxied to the service the {@link RouteTable} names, with its token (the services check
 * it again) and its request id. What the gateway refuses itself, and a service it cannot reach, is answered as
 * problem+json ({@link GatewayProblems}).
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** Where Quarkus's request metrics read the route template of a request (never its raw path). */
    private static final String METRICS_TEMPLATE = "UrlPathTemplate";

    private final GatewayConfig config;
    private final GatewayProblems problems;
    private final RateLimits rateLimits;
    private HttpProxy proxy;

    public ApiProxy(GatewayConfig config, GatewayProblems problems, RateLimits rateLimits) {
        this.config = config;
        this.problems = problems;
        this.rateLimits = rateLimits;
    }

    void routes(@Observes Router router, Vertx vertx) {
        // a connection left hanging (its caller gone) is closed after a minute, and a request that would wait
        // behind more than 1,000 others is answered 503 at once, so an overload passes instead of jamming the door
        proxy = HttpProxy.reverseProxy(vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(64).setKeepAlive(true).setConnectTimeout(2000).setIdleTimeout(60)
                .setMaxWaitQueueSize(1000)));
        proxy.originSelector(request -> Future.succeededFuture(origin(request.path())));
        proxy.addInterceptor(new UnreachableServices());
        router.route("/api/*").order(10).handler(this::forward);
    }

    private void forward(RoutingContext ctx) {
        String path = ctx.request().path();
        Vertx.currentContext().putLocal(METRICS_TEMPLATE, RouteTable.template(ctx.normalizedPath()));
        Optional<String> nul = withNul(ctx);
        if (nul.isPresent()) {
            problems.send(ctx, 400, "validation", "Request has invalid fields", nul.get() + ": must not contain a NUL "
                    + "character (%00)", List.of(new Problem.FieldError(nul.get(), "must not contain a NUL character")));
            return;
        }
        if (!path.equals(ctx.normalizedPath())) {
            problems.send(ctx, 400, "unnormalized-path", "Bad request",
                    "the path must not contain dot segments or empty segments");
            return;
        }
        Optional<String> service = RouteTable.serviceFor(ctx.normalizedPath());
        if (service.isEmpty() || !config.services().containsKey(service.get())) {
            problems.send(ctx, 404, "not-found", "Not found", "no LaborLink API at " + ctx.normalizedPath());
            return;
        }
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"laborlink\"");
            problems.send(ctx, 401, "unauthorized", "Unauthorized",
                    "send a valid bearer token of the laborlink realm (Authorization: Bearer ...)");
            return;
        }
        RouteTable.RouteClass routeClass = RouteTable.classOf(ctx.request().method().name(), ctx.normalizedPath());
        long limit = (routeClass == RouteTable.RouteClass.IMPORT ? config.maxImportSize() : config.maxBodySize()).asLongValue();
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > limit) {
            problems.send(ctx, 413, "too-large", "Content Too Large", "this request may carry at most " + limit
                    + " bytes; it declared " + length);
            return;
        }
        Optional<RateLimits.Verdict> verdict = rateLimits.take(identity, routeClass);
        if (verdict.isPresent()) {
            ctx.response().putHeader("RateLimit-Policy", verdict.get().policyHeader())
                    .putHeader("RateLimit", verdict.get().stateHeader());
            if (!verdict.get().allowed()) {
                ctx.response().putHeader("Retry-After", String.valueOf(verdict.get().retryAfterSeconds()));
                problems.send(ctx, 429, "too-many-requests", "Too Many Requests", "this client has used its "
                        + routeClass.key() + " requests for now (" + verdict.get().limit().tokens() + " per "
                        + verdict.get().limit().period().toSeconds() + " s, bursts of " + verdict.get().limit().burst()
                        + "); try again in " + verdict.get().retryAfterSeconds() + " s");
                return;
            }
        }
        ctx.request().headers().set("X-Forwarded-Host", ctx.request().authority() == null ? "" : ctx.request().authority().toString());
        proxy.handle(ctx.request());
    }

    /** The query parameter (or "path") holding a NUL character, which no service could store or look up. */
    private static Optional<String> withNul(RoutingContext ctx) {
        if (ctx.request().path().contains("%00") || ctx.request().path().indexOf('\u0000') >= 0) {
            return Optional.of("path");
        }
        if (ctx.request().query() == null || !ctx.request().query().contains("%00")) {
            return Optional.empty();
        }
        return ctx.queryParams().entries().stream().filter(e -> e.getValue().indexOf('\u0000') >= 0
                || e.getKey().indexOf('\u0000') >= 0).map(e -> e.getKey().replace("\u0000", "")).findFirst()
                .or(() -> Optional.of("query"));
    }

    private SocketAddress origin(String path) {
        URI uri = RouteTable.serviceFor(path).map(config.services()::get).orElseThrow();
        return SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost());
    }

    /** A service that refuses the connection, is overloaded or does not answer: 503, 503 or 504 as problem+json. */
    private final class UnreachableServices implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
                String path = context.request().proxiedRequest().path();
                String service = RouteTable.serviceFor(path).orElse("the service");
                int status = failure instanceof TimeoutException || String.valueOf(failure.getMessage()).contains("timeout")
                        ? 504 : failure instanceof ConnectionPoolTooBusyException || isRefused(failure) ? 503 : 502;
                LOG.warnf("%s %s: %s unreachable (%d): %s", context.request().getMethod(), path, service, status, failure);
                String id = context.request().headers().get(RequestIds.HEADER);
                String body = problems.body(status, status == 504 ? "gateway-timeout" : "service-unavailable",
                        status == 504 ? "Gateway Timeout" : status == 503 ? "Service Unavailable" : "Bad Gateway",
                        service + " cannot be reached right now; nothing was changed by the gateway, try again in 5 s",
                        path, List.of(), id);
                ProxyResponse response = context.request().response().setStatusCode(status)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Retry-After", "5")
                        .setBody(Body.body(Buffer.buffer(body)));
                if (id != null) {
                    response.putHeader(RequestIds.HEADER, id);
                }
                return Future.succeededFuture(response);
            });
        }

        private static boolean isRefused(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof java.net.ConnectException || String.valueOf(t.getMessage()).contains("Connection refused")) {
                    return true;
                }
            }
            return false;
        }
    }
}
