package org.laborlink.matching.recommendation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.domain.WorkerDocument;
import org.laborlink.matching.index.store.SearchIndexes;
import org.laborlink.matching.placements.domain.CountyPlacements;
import org.laborlink.matching.placements.store.PlacementHistory;
import org.laborlink.matching.recommendation.api.RecommendationPage;
import org.laborlink.matching.recommendation.domain.Recommendation;
import org.laborlink.matching.recommendation.store.KeptRecommendations.Kept;
import org.laborlink.matching.recommendation.store.KeptRecommendations.Ranked;
import org.laborlink.matching.recommendation.store.KeptRecommendations;
import org.laborlink.matching.recommendation.store.RankedSearch;
import org.laborlink.matching.recommendation.store.RecentPostingWrites;
import org.opensearch.client.opensearch.core.search.Hit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Jobs for a worker, ranked by {@link Ranking}, served from lists kept in OpenSearch for every instance
 * ({@link KeptRecommendations}) and brought up to date with the postings written since they were ranked
 * ({@link RecentPostingWrites}, which every instance reads from the jobs index): the jobs index is searched once per
 * worker and labour-file version (and every ten minutes), not once per request, while a new or closed posting still
 * reaches the list on the next request, on whichever instance it lands. What an answer depends on is the stored list
 * and the postings written since, both read from OpenSearch: two instances give the same page. A first page is
 * explained and written as JSON once per list, changes and page size, and sent as it is while they stand (its
 * freshness reasons may lag by up to the ten minutes a list lives).
 */
@ApplicationScoped
public class JobRecommender {

    /** How many best postings are kept per worker: first pages up to this size are served from them. */
    static final int KEPT = 50;
    /** A kept list is ranked again after this long, whatever happened. */
    static final Duration RANKED_FOR = Duration.ofMinutes(10);
    /** More changes since a list was ranked than this, and it is ranked again rather than brought up to date. */
    static final int REPLAYED_AT_MOST = 500;
    /**
     * How long a written posting may take to become searchable (the index refreshes every 500 ms), with the clocks of
     * the instance that wrote it and the one that ranked a list allowed to differ by the rest.
     */
    static final Duration SEARCHABLE_AFTER = Duration.ofSeconds(2);
    /** A list ranked among the candidates alone is kept when at least this long (the usual page). */
    static final int EXACT_AT_LEAST = 20;
    /** OpenSearch's scores are floats: a candidate must beat the bound by more than their rounding. */
    private static final double BOUND_MARGIN = 1e-3;
    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing(r -> r.posting().postingId());

    private final RankedSearch search;
    private final Ranking ranking;
    private final RecommendationExplainer explainer;
    private final KeptRecommendations kept;
    private final RecentPostingWrites changes;
    private final PlacementHistory history;
    private final ObjectMapper json;

    public JobRecommender(RankedSearch search, Ranking ranking, RecommendationExplainer explainer,
            KeptRecommendations kept, RecentPostingWrites changes, PlacementHistory history, ObjectMapper json) {
        this.json = json;
        this.history = history;
        this.search = search;
        this.ranking = ranking;
        this.explainer = explainer;
        this.kept = kept;
        this.changes = changes;
    }

    /** The worker's kept list, with the labour file it was ranked for: no need to read the workers index. */
    public Optional<Kept> kept(String workerId) {
        return kept.get(workerId);
    }

    /** Whether the page is a first page the kept lists serve, rather than one read from the index. */
    public static boolean servedFromKept(int limit, String after) {
        return (after == null || after.isBlank()) && limit <= KEPT;
    }

    /**
     * The first page of jobs for the worker, as the JSON sent: from the worker's kept list, brought up to date with
     * the postings changed since it was ranked (ranked afresh when there is none, it is old, or the labour file
     * changed), and rendered once per list and page size.
     */
    public byte[] firstPage(WorkerDocument worker, Optional<Kept> held, int limit) {
        Kept list = upToDate(worker, held, limit);
        return list.page(limit, size -> {
            List<Ranked> page = list.ranked().subList(0, Math.min(size, list.ranked().size()));
            List<Recommendation> explained = page.stream()
                    .map(r -> explainer.explain(list.worker(), list.placements(), r.posting(), r.score())).toList();
            boolean more = list.ranked().size() > page.size() || !list.complete();
            Ranked last = page.isEmpty() ? null : page.get(page.size() - 1);
            String next = more && last != null
                    ? new RankedSearch.Cursor(last.score(), last.posting().postingId()).at(list.rankedAt()).encode() : null;
            try {
                return json.writeValueAsBytes(new RecommendationPage(worker.workerId(), explained, next));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a recommendation page could not be written as JSON", e);
            }
        });
    }

    /**
     * A later page (after a cursor), or one longer than the kept lists: ranked by the index, as of the time the
     * cursor's first page was ranked.
     */
    public RecommendationPage searched(WorkerDocument worker, int limit, String after) {
        Instant asOf = RankedSearch.rankedAsOf(after).orElseGet(Instant::now);
        CountyPlacements learned = history.of(worker.householdRegion());
        RankedSearch.Page<JobDocument> page = search.searchRankedAsOf(SearchIndexes.JOBS, ranking.query(worker, learned, asOf),
                "postingId", JobDocument.class, limit, after, asOf);
        List<Recommendation> items = new ArrayList<>();
        for (Hit<JobDocument> hit : page.hits()) {
            items.add(explainer.explain(worker, learned, hit.source(), hit.score() == null ? 0 : hit.score()));
        }
        return new RecommendationPage(worker.workerId(), items, page.next());
    }

    /**
     * The list brought up to date: the stored one with the postings written since it was ranked (less the time a
     * write takes to become searchable) placed in it, or ranked afresh (also when the county's history has moved
     * since, {@link CountyPlacements#standsBeside}).
     */
    private Kept upToDate(WorkerDocument worker, Optional<Kept> stored, int limit) {
        Instant now = Instant.now();
        CountyPlacements learned = history.of(worker.householdRegion());
        Optional<Kept> held = stored
                .filter(k -> k.worker().version() == worker.version() && k.rankedAt().plus(RANKED_FOR).isAfter(now))
                .filter(k -> k.placements().standsBeside(learned));
        if (held.isPresent()) {
            Kept base = held.get();
            Optional<RecentPostingWrites.Changed> changed = changes.since(base.rankedAt().minus(SEARCHABLE_AFTER))
                    .filter(c -> c.postings().size() <= REPLAYED_AT_MOST);
            if (changed.isPresent()) {
                Kept list = changed.get().postings().isEmpty() ? base
                        : base.replayed(changed.get().through(), () -> withChanges(base, changed.get().postings()));
                if (list.complete() || list.ranked().size() >= limit) {
                    return list;
                }
            }
        }
        return ranked(worker, learned, now);
    }

    /**
     * Places the changed postings: each leaves the list, and comes back where its score puts it if it is still
     * eligible. When the index holds more than the list, a posting scoring below the list's last cannot be placed
     * (postings not kept may come before it): the list stays a true prefix of the ranking, if shorter.
     */
    private Kept withChanges(Kept list, List<JobDocument> changed) {
        Set<String> ids = changed.stream().map(JobDocument::postingId).collect(Collectors.toSet());
        List<Ranked> ranked = new ArrayList<>(list.ranked().stream().filter(r -> !ids.contains(r.posting().postingId())).toList());
        double floor = list.complete() || list.ranked().isEmpty() ? Double.NEGATIVE_INFINITY
                : list.ranked().get(list.ranked().size() - 1).score();
        LocalDate today = Ranking.today();
        for (JobDocument job : changed) {
            if (ranking.eligible(list.worker(), job, today)) {
                double score = ranking.score(list.worker(), list.placements(), job, list.rankedAt());
                if (score >= floor) {
                    ranked.add(new Ranked(job, score));
                }
            }
        }
        ranked.sort(BEST_FIRST);
        return new Kept(list.worker(), list.placements(), list.rankedAt(), List.copyOf(ranked.subList(0, Math.min(KEPT, ranked.size()))),
                list.complete() && ranked.size() <= KEPT);
    }

    /**
     * Ranks the worker's best postings from the index: first among the candidates only ({@link Ranking#candidates},
     * a small part of the index). The candidates scoring above what any other posting can are the exact best, in
     * order: when there are at least {@link #EXACT_AT_LEAST} of them they are the list (a true prefix of the
     * ranking, not complete); otherwise the whole index is ranked.
     */
    private Kept ranked(WorkerDocument worker, CountyPlacements learned, Instant now) {
        ObjectNode query = ranking.query(worker, learned, now);
        Optional<ObjectNode> candidates = ranking.candidates(worker);
        if (candidates.isPresent()) {
            double bound = ranking.boundOutsideCandidates(worker, learned) + BOUND_MARGIN;
            List<Ranked> exact = search(ranking.amongCandidates(query, candidates.get())).stream()
                    .takeWhile(r -> r.score() > bound).toList();
            if (exact.size() >= EXACT_AT_LEAST) {
                return kept(new Kept(worker, learned, now, exact, false));
            }
        }
        List<Ranked> ranked = search(query);
        return kept(new Kept(worker, learned, now, ranked, ranked.size() < KEPT));
    }

    private List<Ranked> search(ObjectNode query) {
        RankedSearch.Page<JobDocument> page = search.search(SearchIndexes.JOBS, query, "postingId", JobDocument.class, KEPT, null);
        return page.hits().stream()
                .map(hit -> new Ranked(hit.source(), hit.score() == null ? 0 : hit.score())).sorted(BEST_FIRST).toList();
    }

    private Kept kept(Kept list) {
        kept.keep(list);
        return list;
    }
}
