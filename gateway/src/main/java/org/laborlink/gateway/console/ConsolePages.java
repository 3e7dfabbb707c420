package org.laborlink.gateway.console;

import jakarta.enterprise.event.Observes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * The console's pages beside what Quinoa serves (the app built from src/main/webui, at /): where it signs people in
 * (the Keycloak realm and the public client of the authorization-code flow with PKCE, read by the browser from
 * {@code /console-config.json}; set per deployment, since the browser reaches Keycloak at its public address), and
 * how long browsers keep it: the hashed files under /assets/ for a day, the page itself never without asking, so a
 * new release is seen at the next load.
 */
public class ConsolePages {

    @ConfigMapping(prefix = "laborlink.console")
    public interface Settings {

        /** Keycloak's address as browsers reach it, e.g. {@code https://sso.example.gov.cn}. */
        String authServerUrl();

        @WithDefault("laborlink")
        String realm();

        /** The public client people sign in through (standard flow, PKCE S256, this origin's redirect URIs). */
        @WithDefault("laborlink-app")
        String clientId();
    }

    void routes(@Observes Router router, Settings settings) {
        router.routeWithRegex("/(?!api/|q/|assets/).*").order(-100).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> ctx.response().headers().set("Cache-Control", "no-cache")
                    // the console is never framed by another site (clickjacking), runs no plug-ins, and keeps its
                    // addresses to itself
                    .set("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'")
                    .set("X-Frame-Options", "DENY").set("Referrer-Policy", "same-origin")
                    .set("X-Content-Type-Options", "nosniff"));
            ctx.next();
        });
        String body = new JsonObject().put("authServerUrl", settings.authServerUrl()).put("realm", settings.realm())
                .put("clientId", settings.clientId()).encode();
        router.get("/console-config.json").order(5).handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-cache").end(body));
    }
}
