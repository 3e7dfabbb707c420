package org.laborlink.matching.recommendation.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonParser;

import org.laborlink.platform.problem.ProblemException;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One ranked question to an index, both ways (jobs for a worker, workers for a posting): the query as JSON, hits by
 * score then id, and a cursor after the last hit for the next page.
 */
@ApplicationScoped
public class RankedSearch {

    /** A page of hits, the cursor of the next page (null on the last), how many match, and the facets asked for. */
    public record Page<T>(List<Hit<T>> hits, String next, Long total, Map<String, Aggregate> aggregations) {
    }

    private final OpenSearchClient client;

    public RankedSearch(OpenSearchClient client) {
        this.client = client;
    }

    /** Without counting every match (total is null); sorted by score, then id, so the cursor is stable. */
    public <T> Page<T> search(String index, ObjectNode query, String idField, Class<T> type, int limit, String after) {
        return search(index, query, idField, type, limit, after, null, null);
    }

    /** The same, with aggregations (facets) over everything the query matches. */
    public <T> Page<T> search(String index, ObjectNode query, String idField, Class<T> type, int limit, String after,
            Map<String, Aggregation> aggregations) {
        return search(index, query, idField, type, limit, after, aggregations, null);
    }

    /**
     * A page of a ranking whose scores depend on the time ({@code query} scored as of {@code rankedAsOf}): the next
     * cursor carries that instant (see {@link #rankedAsOf(String)}).
     */
    public <T> Page<T> searchRankedAsOf(String index, ObjectNode query, String idField, Class<T> type, int limit,
            String after, Instant rankedAsOf) {
        return search(index, query, idField, type, limit, after, null, rankedAsOf);
    }

    /** The instant the pages before this cursor were ranked as of, if it is one of a time-dependent ranking. */
    public static Optional<Instant> rankedAsOf(String after) {
        return after == null || after.isBlank() ? Optional.empty() : Cursor.decode(after).rankedAsOf();
    }

    private <T> Page<T> search(String index, ObjectNode query, String idField, Class<T> type, int limit, String after,
            Map<String, Aggregation> aggregations, Instant rankedAsOf) {
        JsonpMapper mapper = client._transport().jsonpMapper();
        Query parsed;
        try (JsonParser parser = mapper.jsonProvider().createParser(new StringReader(query.toString()))) {
            parsed = Query._DESERIALIZER.deserialize(parser, mapper);
        }
        boolean counting = aggregations != null;
        SearchRequest.Builder request = new SearchRequest.Builder().index(index).size(limit).query(parsed)
                .aggregations(counting ? aggregations : Map.of()).trackTotalHits(t -> t.enabled(counting))
                .sort(s -> s.score(sc -> sc.order(SortOrder.Desc)))
                .sort(s -> s.field(f -> f.field(idField).order(SortOrder.Asc)));
        if (after != null && !after.isBlank()) {
            Cursor cursor = Cursor.decode(after);
            request.searchAfter(List.of(FieldValue.of(cursor.score()), FieldValue.of(cursor.id())));
        }
        SearchResponse<T> response;
        try {
            response = client.search(request.build(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch search failed", e);
        }
        List<Hit<T>> hits = response.hits().hits();
        Hit<T> last = hits.isEmpty() ? null : hits.get(hits.size() - 1);
        String next = hits.size() == limit && last != null ? new Cursor(last.score() == null ? 0 : last.score(), last.id(),
                rankedAsOf == null ? null : rankedAsOf.toEpochMilli()).encode() : null;
        Long total = !counting ? null : response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new Page<>(hits, next, total, response.aggregations());
    }

    /** A clause of {@code filter} that holds when any of the clauses added to the returned array holds. */
    public static ArrayNode anyOf(ArrayNode filter) {
        ObjectNode bool = filter.addObject().putObject("bool");
        bool.put("minimum_should_match", 1);
        return bool.putArray("should");
    }

    /** Makes {@code clause} a terms clause: {@code field} is one of {@code values}. */
    public static ObjectNode terms(ObjectNode clause, String field, List<String> values) {
        ArrayNode array = clause.putObject("terms").putArray(field);
        values.forEach(array::add);
        return clause;
    }

    /**
     * Position after the last hit of a page: its score and id, and for recommendations the time the scores were
     * computed as of ({@code asOf}, epoch millis), so that later pages score freshness as of the same instant as the
     * first and a posting cannot move across the boundary between pages while time passes.
     */
    public record Cursor(double score, String id, Long asOf) {

        public Cursor(double score, String id) {
            this(score, id, null);
        }

        public Cursor at(Instant rankedAsOf) {
            return new Cursor(score, id, rankedAsOf.toEpochMilli());
        }

        public Optional<Instant> rankedAsOf() {
            return Optional.ofNullable(asOf).map(Instant::ofEpochMilli);
        }

        public String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (score + "|" + id + (asOf == null ? "" : "|" + asOf)).getBytes(StandardCharsets.UTF_8));
        }

        public static Cursor decode(String value) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|", 3);
                return new Cursor(Double.parseDouble(parts[0]), parts[1], parts.length > 2 ? Long.valueOf(parts[2]) : null);
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("after", "is not a cursor this service gave out");
            }
        }
    }
}
