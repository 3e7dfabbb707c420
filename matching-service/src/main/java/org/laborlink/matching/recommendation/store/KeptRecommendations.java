package org.laborlink.matching.recommendation.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.domain.WorkerDocument;
import org.laborlink.matching.index.events.LabourFileWritten;
import org.laborlink.matching.index.store.SearchIndexes;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.MgetResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Workers' ranked lists, kept in OpenSearch ({@link SearchIndexes#LISTS}, one document per worker) so that every
 * instance serves the same list: the labour file it was ranked for, when, and its best postings with their scores.
 * A list is written at the labour file's version (OpenSearch's external version, "greater or equal"), and a change to
 * the labour file writes a stale marker at the new version: a list ranked from an older file can never overwrite
 * it. An instance remembers the lists it read lately with their postings and rendered pages, by the sequence number
 * OpenSearch gave the list, so that a list asked for again costs one read by id; those memories are caches of what
 * the index holds, never a state of their own.
 */
@ApplicationScoped
public class KeptRecommendations {

    /** A posting in a kept list, with its score. */
    public record Ranked(JobDocument posting, double score) {
    }

    /**
     * A worker's best postings, best first; {@code complete} when the index had no more eligible postings than
     * these when they were ranked. Its first pages are kept as the JSON sent, by page size, while the list stands,
     * and so is the list brought up to date with the latest changes ({@link #replayed}).
     */
    public record Kept(WorkerDocument worker, Instant rankedAt, List<Ranked> ranked, boolean complete,
            Map<Integer, byte[]> pages, Map<Object, Kept> replays) {

        public Kept(WorkerDocument worker, Instant rankedAt, List<Ranked> ranked, boolean complete) {
            this(worker, rankedAt, ranked, complete, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
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

        /** This list brought up to date with the changes up to {@code through}, made once per such point. */
        public Kept replayed(Object through, Supplier<Kept> replay) {
            Kept known = replays.get(through);
            if (known == null) {
                known = replay.get();
                replays.clear();
                replays.put(through, known);
            }
            return known;
        }
    }

    /** A list as the index keeps it: the postings by id and version, with their scores. */
    public record StoredList(String workerId, long workerVersion, boolean stale, Instant rankedAt, Boolean complete,
            WorkerDocument worker, List<StoredPosting> ranked) {
    }

    public record StoredPosting(String postingId, long version, double score) {
    }

    /** How many page sizes of a list are kept rendered. */
    static final int PAGE_SIZES_KEPT = 2;

    private record Remembered(long seqNo, long primaryTerm, Kept list) {
    }

    private static final Logger LOG = Logger.getLogger(KeptRecommendations.class);

    private final OpenSearchClient client;
    private final Cache<String, Remembered> remembered;

    public KeptRecommendations(OpenSearchClient client,
            @ConfigProperty(name = "laborlink.recommendations.workers-kept", defaultValue = "10000") int capacity) {
        this.client = client;
        this.remembered = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    /** The worker's list as the index holds it now (read in real time), unless there is none or it is stale. */
    public Optional<Kept> get(String workerId) {
        GetResponse<StoredList> found;
        try {
            found = client.get(g -> g.index(SearchIndexes.LISTS).id(workerId), StoredList.class);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not be asked for the list of " + workerId, e);
        }
        StoredList stored = found.found() ? found.source() : null;
        if (stored == null || stored.stale() || stored.worker() == null || stored.ranked() == null) {
            return Optional.empty();
        }
        Remembered known = remembered.getIfPresent(workerId);
        if (known != null && known.seqNo() == found.seqNo() && known.primaryTerm() == found.primaryTerm()) {
            return Optional.of(known.list());
        }
        Kept list = new Kept(stored.worker(), stored.rankedAt(), postings(stored.ranked()), Boolean.TRUE.equals(stored.complete()));
        remembered.put(workerId, new Remembered(found.seqNo(), found.primaryTerm(), list));
        return Optional.of(list);
    }

    /** The postings of a stored list as the jobs index holds them now (a newer version is replayed from the changes). */
    private List<Ranked> postings(List<StoredPosting> ranked) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        MgetResponse<JobDocument> found;
        try {
            found = client.mget(m -> m.index(SearchIndexes.JOBS).ids(ranked.stream().map(StoredPosting::postingId).toList()),
                    JobDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not be asked for the postings of a list", e);
        }
        Map<String, JobDocument> byId = new HashMap<>();
        found.docs().forEach(d -> {
            if (d.isResult() && d.result().found() && d.result().source() != null) {
                byId.put(d.result().id(), d.result().source());
            }
        });
        List<Ranked> list = new ArrayList<>();
        for (StoredPosting p : ranked) {
            JobDocument posting = byId.get(p.postingId());
            if (posting != null) {
                list.add(new Ranked(posting, p.score()));
            }
        }
        return list;
    }

    /** Keeps the list for every instance, unless it was ranked for a labour file older than the one indexed since. */
    public void keep(Kept list) {
        WorkerDocument worker = list.worker();
        StoredList stored = new StoredList(worker.workerId(), worker.version(), false, list.rankedAt(), list.complete(),
                worker, list.ranked().stream().map(r -> new StoredPosting(r.posting().postingId(), r.posting().version(),
                        r.score())).toList());
        try {
            var written = client.index(i -> i.index(SearchIndexes.LISTS).id(worker.workerId()).version(worker.version())
                    .versionType(VersionType.ExternalGte).document(stored));
            remembered.put(worker.workerId(), new Remembered(written.seqNo(), written.primaryTerm(), list));
        } catch (OpenSearchException e) {
            if (e.status() != 409) { // 409: the labour file changed since; the next ask ranks it again
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not keep the list of " + worker.workerId(), e);
        }
    }

    /** The labour file changed to {@code version}: its list is ranked again when next asked for, on any instance. */
    void indexed(@Observes LabourFileWritten indexed) {
        forget(indexed.workerId(), indexed.version());
    }

    public void forget(String workerId, long version) {
        remembered.invalidate(workerId);
        StoredList stale = new StoredList(workerId, version, true, null, null, null, null);
        try {
            client.index(i -> i.index(SearchIndexes.LISTS).id(workerId).version(version)
                    .versionType(VersionType.ExternalGte).document(stale));
        } catch (OpenSearchException e) {
            if (e.status() != 409) {
                LOG.warnf("the list of %s was not marked stale (it is ranked again within %s): %s", workerId,
                        "ten minutes", e.toString());
            }
        } catch (IOException e) {
            LOG.warnf("the list of %s was not marked stale (it is ranked again within %s): %s", workerId,
                    "ten minutes", e.toString());
        }
    }
}
