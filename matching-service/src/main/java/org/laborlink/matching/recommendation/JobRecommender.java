package org.laborlink.matching.recommendation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import jakarta.json.stream.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.JobType;
import org.laborlink.matching.index.SearchIndexes;
import org.laborlink.matching.jobs.JobDocument;
import org.laborlink.matching.workers.WorkerDocument;
import org.laborlink.platform.problem.ProblemException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Jobs for a worker in one OpenSearch query: hard filters (open, not expired, places left, accepted job type, a
 * province the worker will work in, pay not below expectation unless the worker allows it; caring jobs pass the
 * type and pay filters) and a ranking of occupation and skill overlap, distance from home and freshness.
 */
@ApplicationScoped
public class JobRecommender {

    private final OpenSearchClient client;
    private final ObjectMapper json;
    private final RecommendationExplainer explainer;

    public JobRecommender(OpenSearchClient client, ObjectMapper json, RecommendationExplainer explainer) {
        this.client = client;
        this.json = json;
        this.explainer = explainer;
    }

    public Recommendations recommend(WorkerDocument worker, int limit, String after) {
        JsonpMapper mapper = client._transport().jsonpMapper();
        Query query;
        try (JsonParser parser = mapper.jsonProvider().createParser(new StringReader(query(worker).toString()))) {
            query = Query._DESERIALIZER.deserialize(parser, mapper);
        }
        SearchRequest.Builder request = new SearchRequest.Builder().index(SearchIndexes.JOBS).size(limit).query(query)
                .sort(s -> s.score(sc -> sc.order(SortOrder.Desc)))
                .sort(s -> s.field(f -> f.field("postingId").order(SortOrder.Asc)));
        if (after != null && !after.isBlank()) {
            Cursor cursor = Cursor.decode(after);
            request.searchAfter(List.of(FieldValue.of(cursor.score()), FieldValue.of(cursor.postingId())));
        }
        SearchResponse<JobDocument> response;
        try {
            response = client.search(request.build(), JobDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch search failed", e);
        }
        List<Recommendation> items = new ArrayList<>();
        Hit<JobDocument> last = null;
        for (Hit<JobDocument> hit : response.hits().hits()) {
            double score = hit.score() == null ? 0 : hit.score();
            items.add(explainer.explain(worker, hit.source(), score));
            last = hit;
        }
        String next = items.size() == limit && last != null
                ? new Cursor(last.score() == null ? 0 : last.score(), last.id()).encode() : null;
        return new Recommendations(worker.workerId(), items, next);
    }

    private ObjectNode query(WorkerDocument worker) {
        ObjectNode bool = json.createObjectNode();
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("term").put("status", JobDocument.OPEN);
        filter.addObject().putObject("range").putObject("expiresOn").put("gte", "now/d");
        filter.addObject().putObject("range").putObject("placesLeft").put("gt", 0);

        ArrayNode typeOrCaring = eitherOr(filter);
        terms(typeOrCaring.addObject(), "jobType", worker.acceptedJobTypes().stream().map(Enum::name).toList());
        typeOrCaring.addObject().putObject("term").put("jobType", JobType.CARING_JOB.name());

        Set<String> provinces = new LinkedHashSet<>();
        provinces.add(worker.householdProvince());
        provinces.addAll(worker.willingToMigrateTo());
        terms(filter.addObject(), "workProvince", List.copyOf(provinces));

        if (worker.expectedMonthlyPay() != null && !worker.acceptsLowerPay()) {
            ArrayNode payOrCaring = eitherOr(filter);
            payOrCaring.addObject().putObject("range").putObject("payMax").put("gte", worker.expectedMonthlyPay());
            payOrCaring.addObject().putObject("term").put("jobType", JobType.CARING_JOB.name());
        }

        ArrayNode should = bool.putArray("should");
        should.addObject().putObject("constant_score").put("boost", 0.1).putObject("filter").putObject("match_all");
        List<String> desired = worker.desiredOccupations();
        if (!desired.isEmpty()) {
            terms(should.addObject(), "occupationCode", desired).with("terms").put("boost", 3.0);
            terms(should.addObject(), "occupationGroup", desired.stream().map(c -> c.substring(0, 4)).distinct().toList())
                    .with("terms").put("boost", 1.5);
            terms(should.addObject(), "occupationCategory", desired.stream().map(c -> c.substring(0, 1)).distinct().toList())
                    .with("terms").put("boost", 0.5);
        }
        if (!worker.skillCodes().isEmpty()) {
            terms(should.addObject(), "mustHaveSkills", worker.skillCodes()).with("terms").put("boost", 2.0);
            terms(should.addObject(), "niceToHaveSkills", worker.skillCodes()).with("terms").put("boost", 1.0);
        }

        ObjectNode functionScore = json.createObjectNode();
        ObjectNode fs = functionScore.putObject("function_score");
        fs.putObject("query").set("bool", bool);
        ArrayNode functions = fs.putArray("functions");
        if (worker.home() != null) {
            // distance from home weighs within the home province; elsewhere the worker has chosen to migrate
            ObjectNode nearHome = functions.addObject();
            nearHome.putObject("filter").putObject("term").put("workProvince", worker.householdProvince());
            ObjectNode location = nearHome.putObject("exp").putObject("location");
            location.putObject("origin").put("lat", worker.home().lat()).put("lon", worker.home().lon());
            location.put("scale", "100km").put("offset", "10km").put("decay", 0.5);
        }
        functions.addObject().putObject("gauss").putObject("publishedAt").put("origin", "now").put("scale", "14d")
                .put("decay", 0.5);
        fs.put("score_mode", "multiply").put("boost_mode", "multiply");
        return functionScore;
    }

    private static ArrayNode eitherOr(ArrayNode filter) {
        ObjectNode bool = filter.addObject().putObject("bool");
        bool.put("minimum_should_match", 1);
        return bool.putArray("should");
    }

    private static ObjectNode terms(ObjectNode clause, String field, List<String> values) {
        ArrayNode array = clause.putObject("terms").putArray(field);
        values.forEach(array::add);
        return clause;
    }

    /** Position after the last hit of a page: its score and posting id. */
    record Cursor(double score, String postingId) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((score + "|" + postingId).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String value) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|", 2);
                return new Cursor(Double.parseDouble(parts[0]), parts[1]);
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("after", "is not a cursor this service gave out");
            }
        }
    }
}
