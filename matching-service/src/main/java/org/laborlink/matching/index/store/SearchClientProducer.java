package org.laborlink.matching.index.store;

import java.net.URISyntaxException;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The OpenSearch client (a singleton: the client cannot be proxied, so it is not application-scoped). */
public class SearchClientProducer {

    @Produces
    @Singleton
    OpenSearchClient openSearch(@ConfigProperty(name = "laborlink.opensearch.url") String url, ObjectMapper json)
            throws URISyntaxException {
        return new OpenSearchClient(ApacheHttpClient5TransportBuilder.builder(HttpHost.create(url))
                .setMapper(new JacksonJsonpMapper(json))
                // a request never hangs past 10 s: the index writer's retries must end before the consumer's ack limit
                .setRequestConfigCallback(config -> config.setResponseTimeout(Timeout.ofSeconds(10)))
                .build());
    }

    void close(@Disposes OpenSearchClient client) throws Exception {
        client._transport().close();
    }
}
