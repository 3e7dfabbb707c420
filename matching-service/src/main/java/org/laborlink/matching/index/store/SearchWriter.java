package org.laborlink.matching.index.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.matching.index.events.IndexedTopic;

/**
 * Writes documents so that they only move forward: the aggregate version is OpenSearch's external version, so a
 * repeated or older event is refused by the index itself and ignored here. Waits out an unreachable OpenSearch
 * (the consumer does not move past the event meanwhile) up to a limit, kept under the Kafka connector's 60 s
 * limit for an unacknowledged record (SmallRye Fault Tolerance's retry), then lets the event go to the dead-letter
 * topic; a rebuild from the topic repairs the index. Writes go to the alias: while an index is rebuilt, the rebuild
 * reads again what was written before its alias moved ({@link org.laborlink.matching.index.Reindex}).
 */
@ApplicationScoped
public class SearchWriter {

    private final DocumentWrites writes;

    public SearchWriter(DocumentWrites writes) {
        this.writes = writes;
    }

    /** @return true when written, false when the index already holds this or a newer version */
    public boolean upsert(String alias, IndexedTopic.IndexedDocument document) {
        return writes.write(alias, document.id(), document.version(), document.source());
    }
}
