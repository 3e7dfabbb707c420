package org.laborlink.matching.index.store;

import java.io.IOException;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.transport.httpclient5.ResponseException;

import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * One document written at its aggregate version (OpenSearch's external version), so that documents only move
 * forward: a repeated or older event is refused by the index itself and ignored here. Waits out an OpenSearch that
 * cannot be reached (SmallRye Fault Tolerance's retry; the consumer does not move past the event meanwhile), then
 * lets the event go to the dead-letter topic; a rebuild from the topic repairs the index. Writes go to the alias:
 * while an index is rebuilt, the rebuild reads again what was written before its alias moved
 * ({@link org.laborlink.matching.index.Reindex}).
 */
@ApplicationScoped
public class DocumentWrites {

    private static final Logger LOG = Logger.getLogger(DocumentWrites.class);

    private final OpenSearchClient client;

    public DocumentWrites(OpenSearchClient client) {
        this.client = client;
    }

    /**
     * One write, tried again while OpenSearch cannot be reached or is overloaded (200 ms, doubling to 5 s; no new
     * attempt after 40 s, so one write ends within about 50 s, under the Kafka connector's 60 s limit for an
     * unacknowledged record).
     */
    @Retry(retryOn = IndexUnavailable.class, maxRetries = -1, delay = 200, maxDuration = 40, durationUnit = ChronoUnit.SECONDS,
            jitter = 0)
    @ExponentialBackoff(factor = 2, maxDelay = 5000)
    public boolean write(String alias, String id, long version, Object document) {
        try {
            client.index(i -> i.index(alias).id(id).version(version).versionType(VersionType.External).document(document));
            return true;
        } catch (OpenSearchException | IOException e) {
            int status = e instanceof OpenSearchException o ? o.status()
                    : e instanceof ResponseException r ? r.status() : 0;
            if (status == 409) {
                return false;
            }
            if (status >= 400 && status < 500 && status != 429) {
                throw new IllegalArgumentException("OpenSearch refused " + alias + "/" + id + ": " + e.getMessage(), e);
            }
            LOG.warnf("OpenSearch write of %s/%s failed, to be tried again: %s", alias, id, e.toString());
            throw new IndexUnavailable("OpenSearch did not take " + alias + "/" + id, e);
        }
    }

    /** OpenSearch could not be reached, or answered 429 or 5xx: worth trying again. */
    public static final class IndexUnavailable extends RuntimeException {
        IndexUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
