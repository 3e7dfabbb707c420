package org.laborlink.matching.index.store;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch.core.search.Hit;

import io.vertx.core.Vertx;

/**
 * A read of the index repeated every so often, one at a time, on a worker thread (a Vert.x timer: Quarkus's
 * scheduler runs nothing more often than once a second), and what such a read asks: the documents written since an
 * instant. Every instance learns what the others wrote this way.
 */
public final class PeriodicReads {

    private static final int PAGE = 1000;

    private PeriodicReads() {
    }

    public static void every(Vertx vertx, Duration period, Runnable read) {
        AtomicBoolean reading = new AtomicBoolean();
        vertx.setPeriodic(period.toMillis(), id -> {
            if (reading.compareAndSet(false, true)) {
                vertx.executeBlocking(() -> {
                    try {
                        read.run();
                    } finally {
                        reading.set(false);
                    }
                    return null;
                }, false);
            }
        });
    }

    /**
     * Each document of {@code index} whose {@code writtenAt} field is at or after {@code from}, oldest first (then by
     * {@code idField}), page by page, with its sequence number; only {@code fields} of its source when given.
     */
    public static <T> void eachWrittenSince(OpenSearchClient client, String index, String writtenAt, String idField,
            Instant from, List<String> fields, Class<T> type, Consumer<Hit<T>> each) throws IOException {
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            List<Hit<T>> hits = client.search(s -> {
                s.index(index).size(PAGE).seqNoPrimaryTerm(true).trackTotalHits(t -> t.enabled(false))
                        .query(q -> q.range(r -> r.field(writtenAt).gte(JsonData.of(from.toString()))))
                        .sort(o -> o.field(f -> f.field(writtenAt).order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field(idField).order(SortOrder.Asc)));
                if (!fields.isEmpty()) {
                    s.source(src -> src.filter(f -> f.includes(fields)));
                }
                return searchAfter == null ? s : s.searchAfter(searchAfter);
            }, type).hits().hits();
            hits.forEach(each);
            if (hits.size() < PAGE) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
