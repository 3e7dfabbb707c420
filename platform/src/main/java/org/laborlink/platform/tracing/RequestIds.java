package org.laborlink.platform.tracing;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request carries an {@code X-Request-Id}: the caller's, when it is a plain token of at most 100 characters
 * (the gateway's reaches each service), otherwise a new UUID. It is echoed in the answer and put in the log context
 * ({@code %X{requestId}}), so one request can be followed through the gateway's and the services' logs.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(RequestIds::stamp);
    }

    private static void stamp(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.request().headers().set(HEADER, id);
        ctx.response().headers().set(HEADER, id);
        MDC.put(LOG_KEY, id);
        ctx.next();
    }

    /** The request id of this request (set on it on arrival), for answers written outside the REST layer. */
    public static String of(RoutingContext ctx) {
        return ctx.request().getHeader(HEADER);
    }
}
