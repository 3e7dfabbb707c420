package org.laborlink.matching.index.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.laborlink.matching.index.events.IndexedTopic;


/**
 * Writes documents so that they only move forward: the aggregate version is OpenSearch's external version, so a
 * repeated or older event is refused by the index itself and ignored here. Waits out an unreachable OpenSearch
 * (the consumer does not move past the event meanwhile) up to a limit, kept under the Kafka connector's 60 s
 * limit for an unacknowledged record (SmallRye Fault Tolerance's retry), then lets the event go to the dead-letter topic; a rebuild from the topic
 * repairs the index.
 * <p>
 * While an index is being rebuilt behind an alias, every live write also goes to the new index, so that it has
 * whatever arrives after the rebuild read the topic's end; versions make the order of the two writers irrelevant.
 */
@ApplicationScoped
public class SearchWriter {

    private static final Logger LOG = Logger.getLogger(SearchWriter.class);

    private final DocumentWrites writes;
    private final Map<String, String> rebuilding = new ConcurrentHashMap<>();
    /** Held by writes to a rebuilding index; taken exclusively to stop, so no write lands after the stop. */
    private final ReadWriteLock rebuildingWrites = new ReentrantReadWriteLock();

    public SearchWriter(DocumentWrites writes) {
        this.writes = writes;
    }

    /** @return true when written, false when the index already holds this or a newer version */
    public boolean upsert(String alias, IndexedTopic.IndexedDocument document) {
        rebuildingWrites.readLock().lock();
        try {
            String next = rebuilding.get(alias);
            if (next == null) {
                return writes.write(alias, document.id(), document.version(), document.source());
            }
            // the new index first: it is what will serve; the old one may refuse a document of the new mapping
            boolean written = writes.write(next, document.id(), document.version(), document.source());
            try {
                writes.write(alias, document.id(), document.version(), document.source());
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
}
