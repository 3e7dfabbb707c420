package org.laborlink.matching.recommendation.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.domain.WorkerDocument;
import org.laborlink.matching.index.events.LabourFileWritten;

/**
 * The best postings of the workers asked about lately, kept in memory with the labour file they were ranked for and
 * the position in {@link RecentPostingWrites} they are up to date with. A change to the labour file forgets the list;
 * the least recently asked lists go first when more than {@code laborlink.recommendations.workers-kept} are kept.
 */
@ApplicationScoped
public class KeptRecommendations {

    /** A posting in a kept list, with its score. */
    public record Ranked(JobDocument posting, double score) {
    }

    /**
     * A worker's best postings, best first; {@code complete} when the index had no more eligible postings than
     * these when they were ranked. Its first pages are kept as the JSON sent, by page size, while the list stands.
     */
    public record Kept(WorkerDocument worker, long position, Instant rankedAt, List<Ranked> ranked, boolean complete,
            Map<Integer, byte[]> pages) {

        public Kept(WorkerDocument worker, long position, Instant rankedAt, List<Ranked> ranked, boolean complete) {
            this(worker, position, rankedAt, ranked, complete, new ConcurrentHashMap<>());
        }

        /**
         * The first {@code limit} postings as sent, rendered once per list and page size; the pages of the two sizes
         * asked for last are kept (a list is served whole to any larger limit, so those ask for the same page).
         */
        public byte[] page(int limit, IntFunction<byte[]> render) {
            int size = Math.min(limit, ranked.size());
            byte[] page = pages.get(size);
            if (page == null) {
                page = render.apply(size);
                if (pages.size() >= PAGE_SIZES_KEPT) {
                    pages.clear();
                }
                pages.put(size, page);
            }
            return page;
        }
    }

    /** How many page sizes of a list are kept rendered. */
    static final int PAGE_SIZES_KEPT = 2;

    private final Map<String, Kept> kept;
    /** The newest labour-file version seen in events, of the files forgotten lately: an older list is not kept. */
    private final Map<String, Long> changedTo;
    /** One instance per posting version for all lists: workers' lists overlap, and postings are most of their size. */
    private final Map<String, JobDocument> postings;

    public KeptRecommendations(@ConfigProperty(name = "laborlink.recommendations.workers-kept", defaultValue = "10000") int capacity) {
        this.kept = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                return size() > capacity;
            }
        };
        this.postings = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, JobDocument> eldest) {
                return size() > capacity * 10;
            }
        };
        this.changedTo = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Optional<Kept> get(String workerId) {
        return Optional.ofNullable(kept.get(workerId));
    }

    /** Keeps the list, unless it was ranked for a labour file older than one an event has brought since. */
    public synchronized void keep(Kept list) {
        String id = list.worker().workerId();
        if (changedTo.getOrDefault(id, Long.MIN_VALUE) <= list.worker().version()) {
            kept.put(id, new Kept(list.worker(), list.position(), list.rankedAt(),
                    list.ranked().stream().map(r -> new Ranked(shared(r.posting()), r.score())).toList(), list.complete(),
                    list.pages()));
        }
    }

    private JobDocument shared(JobDocument posting) {
        JobDocument known = postings.get(posting.postingId());
        if (known != null && known.version() == posting.version()) {
            return known;
        }
        if (known == null || known.version() < posting.version()) {
            postings.put(posting.postingId(), posting);
        }
        return posting;
    }

    /** The labour file changed to {@code version}: its list is ranked again when next asked for. */
    void indexed(@Observes LabourFileWritten indexed) {
        forget(indexed.workerId(), indexed.version());
    }

    public synchronized void forget(String workerId, long version) {
        kept.remove(workerId);
        changedTo.merge(workerId, version, Math::max);
    }
}
