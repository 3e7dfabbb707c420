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

/**
 * Jobs for a worker, ranked by {@link Ranking}, served from lists kept in memory ({@link KeptRecommendations}) and
 * brought up to date with the postings written since ({@link RecentPostingWrites}): the index is read once per worker
 * and labour-file version (and every ten minutes), not once per request, while a new or closed posting still
 * reaches the list on the next request. A first page is explained and written as JSON once per list and page size,
 * and sent as it is while the list stands (its freshness reasons may lag by up to the ten minutes a list lives).
 */
@ApplicationScoped
public class JobRecommender {

    /** How many best postings are kept per worker: first pages up to this size are served from them. */
    static final int KEPT = 50;
    /** A kept list is ranked again after this long, whatever happened. */
    static final Duration RANKED_FOR = Duration.ofMinutes(10);
    /** More changes since a list was ranked than this, and it is ranked again rather than brought up to date. */
    static final int REPLAYED_AT_MOST = 500;
    /** How long a written posting may take to become searchable (the index refreshes every 500 ms). */
    static final Duration SEARCHABLE_AFTER = Duration.ofSeconds(2);
    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing(r -> r.posting().postingId());

    private final RankedSearch search;
    private final Ranking ranking;
    private final RecommendationExplainer explainer;
    private final KeptRecommendations kept;
    private final RecentPostingWrites changes;
    private final ObjectMapper json;

    public JobRecommender(RankedSearch search, Ranking ranking, RecommendationExplainer explainer,
            KeptRecommendations kept, RecentPostingWrites changes, ObjectMapper json) {
        this.json = json;
        this.search = search;
        this.ranking = ranking;
        this.explainer = explainer;
        this.kept = kept;
        this.changes = changes;
    }

    /** The labour file as last ranked, when its list is kept: no need to read the workers index. */
    public Optional<WorkerDocument> keptWorker(String workerId) {
        return kept.get(workerId).map(Kept::worker);
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
    public byte[] firstPage(WorkerDocument worker, int limit) {
        Kept list = upToDate(worker, limit);
        return list.page(limit, size -> {
            List<Ranked> page = list.ranked().subList(0, Math.min(size, list.ranked().size()));
            List<Recommendation> explained = page.stream()
                    .map(r -> explainer.explain(list.worker(), r.posting(), r.score())).toList();
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
        RankedSearch.Page<JobDocument> page = search.searchRankedAsOf(SearchIndexes.JOBS, ranking.query(worker, asOf),
                "postingId", JobDocument.class, limit, after, asOf);
        List<Recommendation> items = new ArrayList<>();
        for (Hit<JobDocument> hit : page.hits()) {
            items.add(explainer.explain(worker, hit.source(), hit.score() == null ? 0 : hit.score()));
        }
        return new RecommendationPage(worker.workerId(), items, page.next());
    }

    private Kept upToDate(WorkerDocument worker, int limit) {
        Instant now = Instant.now();
        Optional<Kept> held = kept.get(worker.workerId())
                .filter(k -> k.worker().version() == worker.version() && k.rankedAt().plus(RANKED_FOR).isAfter(now));
        if (held.isPresent()) {
            Optional<RecentPostingWrites.Changed> changed = changes.since(held.get().position())
                    .filter(c -> c.postings().size() <= REPLAYED_AT_MOST);
            if (changed.isPresent()) {
                Kept list = changed.get().postings().isEmpty() ? held.get()
                        : withChanges(held.get(), changed.get().postings(), changed.get().position());
                if (list.complete() || list.ranked().size() >= limit) {
                    if (list != held.get()) {
                        kept.keep(list);
                    }
                    return list;
                }
            }
        }
        return ranked(worker, now);
    }

    /**
     * Places the changed postings: each leaves the list, and comes back where its score puts it if it is still
     * eligible. When the index holds more than the list, a posting scoring below the list's last cannot be placed
     * (postings not kept may come before it): the list stays a true prefix of the ranking, if shorter.
     */
    private Kept withChanges(Kept list, List<JobDocument> changed, long position) {
        Set<String> ids = changed.stream().map(JobDocument::postingId).collect(Collectors.toSet());
        List<Ranked> ranked = new ArrayList<>(list.ranked().stream().filter(r -> !ids.contains(r.posting().postingId())).toList());
        double floor = list.complete() || list.ranked().isEmpty() ? Double.NEGATIVE_INFINITY
                : list.ranked().get(list.ranked().size() - 1).score();
        LocalDate today = Ranking.today();
        for (JobDocument job : changed) {
            if (ranking.eligible(list.worker(), job, today)) {
                double score = ranking.score(list.worker(), job, list.rankedAt());
                if (score >= floor) {
                    ranked.add(new Ranked(job, score));
                }
            }
        }
        ranked.sort(BEST_FIRST);
        return new Kept(list.worker(), position, list.rankedAt(), List.copyOf(ranked.subList(0, Math.min(KEPT, ranked.size()))),
                list.complete() && ranked.size() <= KEPT);
    }

    private Kept ranked(WorkerDocument worker, Instant now) {
        long position = changes.positionAsOf(now.minus(SEARCHABLE_AFTER));
        RankedSearch.Page<JobDocument> page = search.search(SearchIndexes.JOBS, ranking.query(worker, now), "postingId",
                JobDocument.class, KEPT, null);
        List<Ranked> ranked = page.hits().stream()
                .map(hit -> new Ranked(hit.source(), hit.score() == null ? 0 : hit.score())).sorted(BEST_FIRST).toList();
        Kept list = new Kept(worker, position, now, ranked, ranked.size() < KEPT);
        kept.keep(list);
        return list;
    }
}
