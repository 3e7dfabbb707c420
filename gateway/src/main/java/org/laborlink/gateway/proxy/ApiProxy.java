package org.laborlink.gateway.proxy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.laborlink.platform.problem.Outages;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.tracing.RequestIds;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.Service;
import io.smallrye.stork.api.ServiceDefinition;
import io.smallrye.stork.api.ServiceInstance;
import io.smallrye.stork.servicediscovery.staticlist.StaticConfiguration;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
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
 * it again) and its request id. A service of several instances gets its requests in turn (SmallRye Stork: a static
 * list of the configured instances, round robin), less any instance that could not be reached in the last
 * {@link #RESTING} (it is tried again after that): while an instance is down, about one request per
 * {@code RESTING} fails, not every other one. What the gateway refuses itself, and a service it cannot reach, is
 * answered as problem+json ({@link GatewayProblems}). The answers the gateway composes, the transcript and a layoff
 * with its workers' recommendations, pass the same checks and are answered by {@link TranscriptReport} and
 * {@link LayoffReport}.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** Where Quarkus's request metrics read the route template of a request (never its raw path). */
    private static final String METRICS_TEMPLATE = "UrlPathTemplate";
    /** The instance a request was sent to, for a failure to be counted against it. */
    private static final String INSTANCE = "laborlink.gateway.instance";
    /** How long an instance that could not be reached is left out. */
    static final Duration RESTING = Duration.ofSeconds(5);

    /** Until when (System.nanoTime) each instance that could not be reached is left out, by Stork's instance id. */
    private final Map<Long, Long> resting = new ConcurrentHashMap<>();

    private final GatewayConfig config;
    private final GatewayProblems problems;
    private final RateLimits rateLimits;
    private final TranscriptReport transcripts;
    private final LayoffReport layoffs;
    private HttpProxy proxy;

    public ApiProxy(GatewayConfig config, GatewayProblems problems, RateLimits rateLimits, TranscriptReport transcripts,
            LayoffReport layoffs) {
        this.transcripts = transcripts;
        this.layoffs = layoffs;
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
        config.services().forEach((name, instances) -> Stork.getInstance().defineIfAbsent(name, ServiceDefinition.of(
                new StaticConfiguration().withAddressList(instances.stream().map(u -> u.getHost() + ":" + u.getPort())
                        .collect(Collectors.joining(","))))));
        proxy.originSelector(request -> origin(request.path()));
        // the outer interceptor first: a body past its limit is answered 413 before it could pass for an outage
        proxy.addInterceptor(new UnreachableServices());
        proxy.addInterceptor(new UndeclaredLengths());
        router.route("/api/*").order(10).handler(this::forward);
    }

    private void forward(RoutingContext ctx) {
        boolean transcript = ctx.normalizedPath().equals(TranscriptReport.PATH);
        Optional<String> service = transcript ? Optional.of(TranscriptReport.PATH) : RouteTable.serviceFor(ctx.normalizedPath());
        Vertx.currentContext().putLocal(METRICS_TEMPLATE,
                service.isPresent() ? RouteTable.template(ctx.normalizedPath()) : RouteTable.UNKNOWN_TEMPLATE);
        if (!ctx.request().path().equals(ctx.normalizedPath())) {
            problems.send(ctx, 400, "unnormalized-path", "Bad request",
                    "the path must not contain dot segments or empty segments");
            return;
        }
        if (!transcript && (service.isEmpty() || !config.services().containsKey(service.get()))) {
            problems.send(ctx, 404, "not-found", "Not found", "no LaborLink API at " + ctx.normalizedPath());
            return;
        }
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            problems.unauthorized(ctx);
            return;
        }
        RouteTable.RouteClass routeClass = RouteTable.classOf(ctx.request().method().name(), ctx.normalizedPath());
        long limit = bodyLimit(routeClass);
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > limit) {
            problems.send(ctx, 413, "too-large", "Content Too Large", "this request may carry at most " + limit
                    + " bytes; it declared " + length);
            return;
        }
        RateLimits.Verdict verdict = rateLimits.take(identity, routeClass).orElse(null);
        if (verdict != null) {
            ctx.response().putHeader("RateLimit-Policy", verdict.policyHeader()).putHeader("RateLimit", verdict.stateHeader());
            if (!verdict.allowed()) {
                ctx.response().putHeader("Retry-After", String.valueOf(verdict.retryAfterSeconds()));
                problems.send(ctx, 429, "too-many-requests", "Too Many Requests", "this client has used its "
                        + routeClass.key() + " requests for now (" + verdict.limit().tokens() + " per "
                        + verdict.limit().period().toSeconds() + " s, bursts of " + verdict.limit().burst()
                        + "); try again in " + verdict.retryAfterSeconds() + " s");
                return;
            }
        }
        if (transcript) {
            if (!ctx.request().method().name().equals("GET")) {
                ctx.response().putHeader("Allow", "GET");
                problems.send(ctx, 405, "method-not-allowed", "Method Not Allowed", "the transcript is read with GET");
                return;
            }
            transcripts.handle(ctx);
            return;
        }
        if (LayoffReport.answers(ctx.request().method().name(), ctx.normalizedPath())) {
            layoffs.handle(ctx);
            return;
        }
        ctx.request().headers().set("X-Forwarded-Host", ctx.request().authority() == null ? "" : ctx.request().authority().toString());
        proxy.handle(ctx.request());
    }

    /** How many bytes a request of this class may carry. */
    private long bodyLimit(RouteTable.RouteClass routeClass) {
        return (routeClass == RouteTable.RouteClass.IMPORT ? config.maxImportSize() : config.maxBodySize()).asLongValue();
    }

    private Future<SocketAddress> origin(String path) {
        String service = RouteTable.serviceFor(path).orElseThrow();
        Service instances = Stork.getInstance().getService(service);
        return Future.fromCompletionStage(instances.getInstances().map(all -> {
            long now = System.nanoTime();
            List<ServiceInstance> awake = all.stream().filter(i -> resting.getOrDefault(i.getId(), now) - now <= 0).toList();
            ServiceInstance instance = instances.selectInstance(awake.isEmpty() ? all : awake);
            Vertx.currentContext().putLocal(INSTANCE, instance);
            return SocketAddress.inetSocketAddress(instance.getPort(), instance.getHost());
        }).subscribeAsCompletionStage());
    }

    /** An instance that could not be reached rests for {@link #RESTING}. */
    private void unreachable() {
        ServiceInstance instance = Vertx.currentContext() == null ? null : Vertx.currentContext().getLocal(INSTANCE);
        if (instance != null) {
            resting.put(instance.getId(), System.nanoTime() + RESTING.toNanos());
        }
    }

    /** The gateway's own answer to a proxied request, as problem+json with the request's id. */
    private ProxyResponse problem(ProxyContext context, int status, String slug, String title, String detail) {
        String path = context.request().proxiedRequest().path();
        String id = context.request().headers().get(RequestIds.HEADER);
        String body = problems.body(status, slug, title, detail, path, List.of(), id,
                context.request().headers().get("Accept-Language"));
        ProxyResponse response = context.request().response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE).setBody(Body.body(Buffer.buffer(body)));
        if (id != null) {
            response.putHeader(RequestIds.HEADER, id);
        }
        return response;
    }

    /** A service that refuses the connection, is overloaded or does not answer: 503, 503 or 504 as problem+json. */
    private final class UnreachableServices implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
                unreachable();
                String path = context.request().proxiedRequest().path();
                String service = RouteTable.serviceFor(path).orElse("the service");
                int status = failure instanceof TimeoutException || String.valueOf(failure.getMessage()).contains("timeout")
                        ? 504 : Outages.isOutage(failure) ? 503 : 502;
                LOG.warnf("%s %s: %s unreachable (%d): %s", context.request().getMethod(), path, service, status, failure);
                return Future.succeededFuture(problem(context, status, status == 504 ? "gateway-timeout" : "service-unavailable",
                        status == 504 ? "Gateway Timeout" : status == 503 ? "Service Unavailable" : "Bad Gateway",
                        service + " cannot be reached right now; nothing was changed by the gateway, try again in "
                                + Outages.RETRY_AFTER_SECONDS + " s")
                        .putHeader("Retry-After", String.valueOf(Outages.RETRY_AFTER_SECONDS)));
            });
        }
    }

    /**
     * A body of undeclared length (chunked, or over HTTP/2 without Content-Length; a declared one was checked before
     * the request was proxied): sent on chunked, as HTTP/1.1 needs (the proxy chunks only when the request says so,
     * else it drops the body), and held to the route's limit as it passes ({@link UndeclaredBody}), answered 413.
     */
    private final class UndeclaredLengths implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            Body sent = context.request().getBody();
            if (sent == null || sent.length() >= 0) {
                return context.sendRequest();
            }
            var request = context.request().proxiedRequest();
            if (request.version() == HttpVersion.HTTP_2) {
                request.headers().set("Transfer-Encoding", "chunked");
            }
            UndeclaredBody body = new UndeclaredBody(request, bodyLimit(RouteTable.classOf(request.method().name(), request.path())));
            context.request().setBody(Body.body(body, -1));
            return context.sendRequest().recover(failure -> body.tooLarge()
                    ? Future.succeededFuture(problem(context, 413, "too-large", "Content Too Large", "this request may carry at most "
                            + body.limit() + " bytes; its body went past them, and nothing of it was handled"))
                    : Future.failedFuture(failure));
        }
    }
}
