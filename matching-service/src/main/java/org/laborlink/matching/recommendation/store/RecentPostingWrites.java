package org.laborlink.matching.recommendation.store;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.store.PeriodicReads;
import org.laborlink.matching.index.store.SearchIndexes;
import org.opensearch.client.opensearch.OpenSearchClient;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * The postings written to the jobs index lately, as every instance reads them from the index itself: by the time
 * each was written ({@code indexedAt}), polled every {@code laborlink.recommendations.changes-poll} (each poll reads
 * again the last {@code laborlink.recommendations.changes-overlap}, so a write that became searchable a little late
 * is still seen). A list of recommendations ranked at time t is brought up to date with the postings written since
 * t less the index's refresh, whichever instance consumed their events: two instances hold the same changes, and a
 * list shared by them is brought up to date the same way. Holds the changes of the last
 * {@code laborlink.recommendations.changes-kept-for}, at most {@code laborlink.recommendations.changes-kept}; a list
 * older than the oldest held is ranked again.
 */
@ApplicationScoped
public class RecentPostingWrites {

    private static final Logger LOG = Logger.getLogger(RecentPostingWrites.class);

    /** The latest state of each posting changed since an instant, and the newest change they include. */
    public record Changed(List<JobDocument> postings, Key through) {
    }

    /** Where a change sits: when it was written, then which posting at which version. */
    public record Key(Instant indexedAt, String postingId, long version) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::indexedAt).thenComparing(Key::postingId)
                .thenComparingLong(Key::version);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private final OpenSearchClient client;
    private final int capacity;
    private final Duration keptFor;
    private final Duration overlap;
    private final ConcurrentSkipListMap<Key, JobDocument> changes = new ConcurrentSkipListMap<>();
    /** Every change written at or after this instant is held once searchable; null until the first poll. */
    private volatile Instant coveredFrom;
    private volatile Instant newest;

    public RecentPostingWrites(OpenSearchClient client,
            @ConfigProperty(name = "laborlink.recommendations.changes-kept", defaultValue = "100000") int capacity,
            @ConfigProperty(name = "laborlink.recommendations.changes-kept-for", defaultValue = "10m") Duration keptFor,
            @ConfigProperty(name = "laborlink.recommendations.changes-overlap", defaultValue = "2s") Duration overlap) {
        this.client = client;
        this.capacity = capacity;
        this.keptFor = keptFor;
        this.overlap = overlap;
    }

    /** Polls every {@code laborlink.recommendations.changes-poll} once the application runs. */
    void start(@Observes StartupEvent started, Vertx vertx,
            @ConfigProperty(name = "laborlink.recommendations.changes-poll", defaultValue = "250ms") Duration every) {
        PeriodicReads.every(vertx, every, this::poll);
    }

    /** Reads the postings written since the last poll (less the overlap) from the index. */
    void poll() {
        Instant from = newest == null ? Instant.now().minus(keptFor) : newest.minus(overlap);
        try {
            PeriodicReads.eachWrittenSince(client, SearchIndexes.JOBS, "indexedAt", "postingId", from, List.of(),
                    JobDocument.class, hit -> record(hit.source()));
            if (coveredFrom == null) {
                coveredFrom = from;
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("postings written lately not read: %s", e.toString());
        }
        forgetOld(Instant.now().minus(keptFor));
    }

    /** A posting as it stands in the index, written at its {@code indexedAt}. */
    public void record(JobDocument posting) {
        if (posting == null || posting.indexedAt() == null) {
            return;
        }
        changes.put(new Key(posting.indexedAt(), posting.postingId(), posting.version()), posting);
        if (newest == null || posting.indexedAt().isAfter(newest)) {
            newest = posting.indexedAt();
        }
        forgetOld(Instant.MIN);
    }

    /** From now on, every change written at or after {@code instant} is taken to be here (as after a first poll). */
    public void coverFrom(Instant instant) {
        coveredFrom = instant;
    }

    private void forgetOld(Instant before) {
        while (!changes.isEmpty() && (changes.size() > capacity || changes.firstKey().indexedAt().isBefore(before))) {
            Map.Entry<Key, JobDocument> oldest = changes.pollFirstEntry();
            if (oldest != null && coveredFrom != null && !oldest.getKey().indexedAt().isBefore(coveredFrom)) {
                coveredFrom = oldest.getKey().indexedAt().plusNanos(1);
            }
        }
    }

    /**
     * The latest state of each posting written at or after {@code from}, or empty when this instance does not hold
     * every change since then (it started later, or they were dropped).
     */
    public Optional<Changed> since(Instant from) {
        Instant covered = coveredFrom;
        if (covered == null || from.isBefore(covered)) {
            return Optional.empty();
        }
        Map<String, JobDocument> latest = new LinkedHashMap<>();
        Key through = null;
        for (Map.Entry<Key, JobDocument> change : changes.tailMap(new Key(from, "", Long.MIN_VALUE)).entrySet()) {
            latest.merge(change.getKey().postingId(), change.getValue(), (a, b) -> a.version() >= b.version() ? a : b);
            through = change.getKey();
        }
        return Optional.of(new Changed(new ArrayList<>(latest.values()), through));
    }
}
