package org.laborlink.matching.recommendation.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
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
import org.laborlink.matching.index.store.PeriodicReads;
import org.laborlink.matching.index.store.SearchIndexes;
import org.laborlink.matching.placements.domain.CountyPlacements;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.MgetResponse;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Workers' ranked lists, kept in OpenSearch ({@link SearchIndexes#LISTS}, one document per worker) so that every
 * instance serves the same list: the labour file it was ranked for, when, and its best postings with their scores.
 * A list is written at the labour file's version (OpenSearch's external version, "greater or equal"), and a change to
 * the labour file writes a stale marker at the new version: a list ranked from an older file can never overwrite
 * it. An instance remembers the lists it read or wrote lately, with their postings and rendered pages, and serves a
 * list asked for again from that memory; every instance reads the lists written since its last look
 * ({@code writtenAt}, every {@code laborlink.recommendations.lists-poll}) and forgets those it remembers at another
 * sequence number, so a list another instance ranked again or marked stale is read afresh within about a second
 * (the lists index's refresh and the poll). Those memories are caches of what the index holds, never a state of
 * their own.
 */
@ApplicationScoped
public class KeptRecommendations {

    /** A posting in a kept list, with its score. */
    public record Ranked(JobDocument posting, double score) {
    }

    /**
     * A worker's best postings, best first; {@code complete} when the index had no more eligible postings than
     * these when they were ranked; {@code placements}: the county's history it was ranked with, which the changes
     * placed into it are scored with too. Its first pages are kept as the JSON sent, by page size, while the list stands,
     * and so is the list brought up to date with the latest changes ({@link #replayed}).
     */
    public record Kept(WorkerDocument worker, CountyPlacements placements, Instant rankedAt, List<Ranked> ranked,
            boolean complete, Map<Integer, byte[]> pages, Map<Object, Kept> replays) {

        public Kept(WorkerDocument worker, CountyPlacements placements, Instant rankedAt, List<Ranked> ranked,
                boolean complete) {
            this(worker, placements, rankedAt, ranked, complete, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
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
            Instant writtenAt, WorkerDocument worker, CountyPlacements placements, List<StoredPosting> ranked) {
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
    private final Cache<String, JobDocument> postings;
    private final Duration overlap;
    /** The newest list write seen; null until the first look. */
    private volatile Instant newest;

    public KeptRecommendations(OpenSearchClient client,
            @ConfigProperty(name = "laborlink.recommendations.workers-kept", defaultValue = "10000") int capacity,
            @ConfigProperty(name = "laborlink.recommendations.changes-overlap", defaultValue = "2s") Duration overlap) {
        this.client = client;
        this.remembered = Caffeine.newBuilder().maximumSize(capacity).build();
        this.postings = Caffeine.newBuilder().maximumSize(capacity * 10L).build();
        this.overlap = overlap;
    }

    void start(@Observes StartupEvent started, Vertx vertx,
            @ConfigProperty(name = "laborlink.recommendations.lists-poll", defaultValue = "250ms") Duration every) {
        newest = Instant.now().minus(overlap);
        PeriodicReads.every(vertx, every, this::forgetWrittenElsewhere);
    }

    /** Forgets the remembered lists written since the last look at another sequence number than remembered. */
    void forgetWrittenElsewhere() {
        Instant from = newest.minus(overlap);
        try {
            PeriodicReads.eachWrittenSince(client, SearchIndexes.LISTS, "writtenAt", "workerId", from, List.of("writtenAt"),
                    StoredList.class, hit -> {
                        Remembered known = remembered.getIfPresent(hit.id());
                        if (known != null && (hit.seqNo() == null || known.seqNo() != hit.seqNo()
                                || hit.primaryTerm() == null || known.primaryTerm() != hit.primaryTerm())) {
                            remembered.invalidate(hit.id());
                        }
                        if (hit.source() != null && hit.source().writtenAt() != null
                                && hit.source().writtenAt().isAfter(newest)) {
                            newest = hit.source().writtenAt();
                        }
                    });
        } catch (IOException | RuntimeException e) {
            LOG.debugf("lists written lately not read: %s", e.toString());
            remembered.invalidateAll(); // not knowing what changed, remember nothing
        }
    }

    /**
     * The worker's list, unless there is none or it is stale: as remembered, or as the index holds it now (read in
     * real time).
     */
    public Optional<Kept> get(String workerId) {
        Remembered known = remembered.getIfPresent(workerId);
        if (known != null) {
            return Optional.of(known.list());
        }
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
        CountyPlacements placements = stored.placements() == null ? CountyPlacements.none(stored.worker().householdRegion())
                : stored.placements();
        Kept list = new Kept(stored.worker(), placements, stored.rankedAt(), postings(stored.ranked()),
                Boolean.TRUE.equals(stored.complete()));
        remembered.put(workerId, new Remembered(found.seqNo(), found.primaryTerm(), list));
        return Optional.of(list);
    }

    /**
     * The postings of a stored list: one instance per posting version for all the lists remembered (workers' lists
     * overlap, and postings are most of their size), the others as the jobs index holds them now (a newer version
     * than the list's is replayed from the changes).
     */
    private List<Ranked> postings(List<StoredPosting> ranked) {
        Map<String, JobDocument> byId = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (StoredPosting p : ranked) {
            JobDocument known = postings.getIfPresent(p.postingId());
            if (known != null && known.version() == p.version()) {
                byId.put(p.postingId(), known);
            } else {
                missing.add(p.postingId());
            }
        }
        if (!missing.isEmpty()) {
            MgetResponse<JobDocument> found;
            try {
                found = client.mget(m -> m.index(SearchIndexes.JOBS).ids(missing), JobDocument.class);
            } catch (IOException e) {
                throw new UncheckedIOException("OpenSearch could not be asked for the postings of a list", e);
            }
            found.docs().forEach(d -> {
                if (d.isResult() && d.result().found() && d.result().source() != null) {
                    byId.put(d.result().id(), shared(d.result().source()));
                }
            });
        }
        List<Ranked> list = new ArrayList<>();
        for (StoredPosting p : ranked) {
            JobDocument posting = byId.get(p.postingId());
            if (posting != null) {
                list.add(new Ranked(posting, p.score()));
            }
        }
        return list;
    }

    /** The one instance of this posting version the remembered lists share. */
    private JobDocument shared(JobDocument posting) {
        JobDocument known = postings.getIfPresent(posting.postingId());
        if (known != null && known.version() == posting.version()) {
            return known;
        }
        if (known == null || known.version() < posting.version()) {
            postings.put(posting.postingId(), posting);
        }
        return posting;
    }

    /** Keeps the list for every instance, unless it was ranked for a labour file older than the one indexed since. */
    public void keep(Kept list) {
        WorkerDocument worker = list.worker();
        StoredList stored = new StoredList(worker.workerId(), worker.version(), false, list.rankedAt(), list.complete(),
                Instant.now(), worker, list.placements(), list.ranked().stream().map(r -> new StoredPosting(r.posting().postingId(), r.posting().version(),
                        r.score())).toList());
        try {
            var written = client.index(i -> i.index(SearchIndexes.LISTS).id(worker.workerId()).version(worker.version())
                    .versionType(VersionType.ExternalGte).document(stored));
            Kept sharing = new Kept(worker, list.placements(), list.rankedAt(), list.ranked().stream()
                    .map(r -> new Ranked(shared(r.posting()), r.score())).toList(), list.complete(), list.pages(), list.replays());
            remembered.put(worker.workerId(), new Remembered(written.seqNo(), written.primaryTerm(), sharing));
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
        StoredList stale = new StoredList(workerId, version, true, null, null, Instant.now(), null, null, null);
        try {
            client.index(i -> i.index(SearchIndexes.LISTS).id(workerId).version(version)
                    .versionType(VersionType.ExternalGte).document(stale));
        } catch (OpenSearchException | IOException e) {
            if (!(e instanceof OpenSearchException refused && refused.status() == 409)) { // 409: a newer file's list
                LOG.warnf("the list of %s was not marked stale (it is ranked again within %s): %s", workerId,
                        "ten minutes", e.toString());
            }
        }
    }
}
