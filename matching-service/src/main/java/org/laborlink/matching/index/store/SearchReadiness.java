package org.laborlink.matching.index.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;

/** Ready when the OpenSearch cluster is at least yellow and both aliases exist. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    private final OpenSearchClient client;

    public SearchReadiness(OpenSearchClient client) {
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("opensearch");
        try {
            HealthStatus status = client.cluster().health().status();
            boolean aliases = client.indices().existsAlias(a -> a.name(SearchIndexes.JOBS, SearchIndexes.WORKERS)).value();
            return response.status(status != HealthStatus.Red && aliases).withData("cluster", status.jsonValue())
                    .withData("aliases", aliases).build();
        } catch (Exception e) {
            return response.down().withData("error", e.toString()).build();
        }
    }
}
