package org.laborlink.gateway;

import java.net.URI;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** Where the services listen: {@code laborlink.gateway.services.<service name>=http://host:port}. */
@ConfigMapping(prefix = "laborlink.gateway")
public interface GatewayConfig {

    Map<String, URI> services();
}
