package org.laborlink.gateway.proxy;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's settings: where the services listen, how large a request may be, and each client's rate limits. */
@ConfigMapping(prefix = "laborlink.gateway")
public interface GatewayConfig {

    /**
     * {@code laborlink.gateway.services.<service name>=http://host:port[,http://host:port...]}: the instances of each
     * service, which requests are spread over in turn.
     */
    Map<String, List<URI>> services();

    /** The largest body of any request but a bulk import (JSON requests are small). */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** The largest bulk import of labour files (up to 1,000,000 rows, about 300 MB of CSV). */
    @WithDefault("1G")
    MemorySize maxImportSize();

    RateLimits rateLimits();

    /**
     * Token buckets per client (the token's {@code azp}), subject and route class ({@link RouteTable.RouteClass}). A
     * policy is written {@code read=10/s:20, search=10/s:20, write=5/s:10, import=2/m:2}: per class, the sustained
     * rate per second ({@code s}) or minute ({@code m}), then the burst. A client named in {@code clients} has that
     * policy; anyone else the policy of their most trusted role (in the order of {@code role-order}).
     */
    interface RateLimits {

        @WithDefault("true")
        boolean enabled();

        Map<String, String> policies();

        Map<String, String> roles();

        Map<String, String> clients();

        @WithDefault("admin,officer,partner,provider,employer,worker")
        java.util.List<String> roleOrder();

        /** The policy of a caller with none of the roles above. */
        @WithDefault("person")
        String defaultPolicy();
    }
}
