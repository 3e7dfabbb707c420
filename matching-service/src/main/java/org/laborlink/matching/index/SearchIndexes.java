package org.laborlink.matching.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

import io.quarkus.runtime.StartupEvent;

/**
 * The versioned indexes matching-service keeps: each alias ({@code jobs}, {@code workers}) points at the index of
 * the current mapping version ({@code jobs-v1}...). Created at start when missing, from the mapping files under
 * {@code opensearch/}.
 */
@ApplicationScoped
public class SearchIndexes {

    private static final Logger LOG = Logger.getLogger(SearchIndexes.class);

    public static final String JOBS = "jobs";
    public static final String WORKERS = "workers";
    static final int MAPPING_VERSION = 1;

    private final OpenSearchClient client;
    private final String refreshInterval;

    public SearchIndexes(OpenSearchClient client,
            @ConfigProperty(name = "laborlink.opensearch.refresh-interval", defaultValue = "500ms") String refreshInterval) {
        this.client = client;
        this.refreshInterval = refreshInterval;
    }

    void create(@Observes StartupEvent started) throws IOException {
        for (String alias : new String[] {JOBS, WORKERS}) {
            ensure(alias);
            // how soon a written document is searchable: bounds the post-to-recommendation latency
            client.indices().putSettings(s -> s.index(alias).settings(i -> i.refreshInterval(t -> t.time(refreshInterval))));
        }
    }

    private void ensure(String alias) throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            return;
        }
        String index = alias + "-v" + MAPPING_VERSION;
        String body;
        try (InputStream mapping = getClass().getClassLoader().getResourceAsStream("opensearch/" + index + ".json")) {
            body = new String(mapping.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the alias is created with the index, atomically
        body = body.replaceFirst("\\{", "{\"aliases\": {\"" + alias + "\": {\"is_write_index\": true}},");
        try (Response response = client.generic().execute(Requests.builder().endpoint("/" + index).method("PUT").json(body).build())) {
            if (response.getStatus() != 200) {
                throw new IOException("creating " + index + " failed: " + response.getStatus() + " "
                        + response.getBody().map(Body::bodyAsString).orElse(""));
            }
        }
        LOG.infof("created index %s behind alias %s", index, alias);
    }
}
