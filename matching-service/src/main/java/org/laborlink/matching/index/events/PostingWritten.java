package org.laborlink.matching.index.events;

import org.laborlink.matching.index.domain.JobDocument;

/**
 * A posting written to the jobs index because its event moved it forward ({@code published}: the posting was just
 * published). Fired synchronously by {@link PostingIndexer} while it handles the record, so what observes it (match
 * suggestions) is done before the record is acknowledged.
 */
public record PostingWritten(JobDocument posting, boolean published) {
}
