package org.laborlink.matching.index.store;

import org.laborlink.matching.index.events.IndexedTopic;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * Writes documents so that they only move forward: the aggregate version is OpenSearch's external version, so a
 * repeated or older event is refused by the index itself and ignored here. Waits out an unreachable OpenSearch
 * (the consumer does not move past the event meanwhile) up to a limit, kept under the Kafka connector's 60 s
 * limit for an unacknowledged record, then lets the event go to the dead-letter topic; a rebuild from the topic
 * repairs the index.
 * <p>
 * While an index is being rebuilt behind an alias, every live write also goes to the new index, so that it has
 * whatever arrives after the rebuild read the topic's end; versions make the order of the two writers irrelevant.
 */
@ApplicationScoped
public class SearchWriter {

    private static final Logger LOG = Logger.getLogger(SearchWriter.class);

    private final OpenSearchClient client;
    private final Duration giveUpAfter;
    private final Map<String, String> rebuilding = new ConcurrentHashMap<>();
    /** Held by writes to a rebuilding index; taken exclusively to stop, so no write lands after the stop. */
    private final ReadWriteLock rebuildingWrites = new ReentrantReadWriteLock();

    public SearchWriter(OpenSearchClient client,
            @ConfigProperty(name = "laborlink.opensearch.write-retry-limit", defaultValue = "PT45S") Duration giveUpAfter) {
        this.client = client;
        this.giveUpAfter = giveUpAfter;
    }

    /** @return true when written, false when the index already holds this or a newer version */
    public boolean upsert(String alias, IndexedTopic.IndexedDocument document) {
        rebuildingWrites.readLock().lock();
        try {
            String next = rebuilding.get(alias);
            if (next == null) {
                return write(alias, document.id(), document.version(), document.source());
            }
            // the new index first: it is what will serve; the old one may refuse a document of the new mapping
            boolean written = write(next, document.id(), document.version(), document.source());
            try {
                write(alias, document.id(), document.version(), document.source());
            } catch (IllegalArgumentException refusedByOldMapping) {
                LOG.debugf("the index being replaced refused %s: %s", document.id(), refusedByOldMapping.getMessage());
            }
            return written;
        } finally {
            rebuildingWrites.readLock().unlock();
        }
    }

    /** From now on, writes to {@code alias} also go to {@code index}, until {@link #stopRebuilding}. */
    public void startRebuilding(String alias, String index) {
        rebuilding.put(alias, index);
    }

    /** Returns once no write to the rebuilding index is under way any more. */
    public void stopRebuilding(String alias) {
        rebuildingWrites.writeLock().lock();
        try {
            rebuilding.remove(alias);
        } finally {
            rebuildingWrites.writeLock().unlock();
        }
    }

    private boolean write(String alias, String id, long version, Object document) {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        long backoffMillis = 200;
        while (true) {
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
                backoffMillis = waitOrGiveUp(alias, id, deadline, backoffMillis, e);
            }
        }
    }

    private long waitOrGiveUp(String alias, String id, long deadline, long backoffMillis, Exception cause) {
        // give up unless a whole further attempt (10 s response timeout) fits before the deadline
        if (System.nanoTime() + TimeUnit.SECONDS.toNanos(10) + TimeUnit.MILLISECONDS.toNanos(backoffMillis) > deadline) {
            throw new IllegalStateException("OpenSearch did not take " + alias + "/" + id + " within " + giveUpAfter, cause);
        }
        LOG.warnf("OpenSearch write of %s/%s failed, retrying in %d ms: %s", alias, id, backoffMillis, cause.toString());
        try {
            Thread.sleep(backoffMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for OpenSearch", e);
        }
        return Math.min(backoffMillis * 2, 5000);
    }
}
