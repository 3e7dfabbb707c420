package org.laborlink.matching.index.events;

import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A topic that an index is built from: which alias it feeds and what document (if any) a record becomes. The live
 * consumer and a rebuild from the beginning of the topic turn records into documents the same way.
 */
public interface IndexedTopic {

    /** A document for the index: its id, the aggregate version that orders it, and its source. */
    record IndexedDocument(String id, long version, Object source) {
    }

    String alias();

    String topic();

    /**
     * The document this record makes, or empty when the record is not for this index. {@code indexedAt}: when it is
     * written, for the documents that say so (the live consumer writes it now; a rebuild rewrites what was written
     * long ago, and gives the record's own time, so that the postings a rebuild rewrites do not all count as written
     * lately).
     */
    Optional<IndexedDocument> document(ConsumerRecord<String, String> record, Instant indexedAt);
}
