package org.laborlink.matching.placements.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laborlink.matching.index.store.SearchIndexes;
import org.laborlink.matching.placements.domain.CountyPlacements;
import org.laborlink.matching.placements.domain.CountyPlacements.Cell;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * A county's placements ({@link CountyPlacements}) from the placement indexes: one aggregation over both (groups and
 * prefectures, each by employer with the weights summed and by distinct workers), combined with the caps in Java.
 * Read again after {@code laborlink.placements.read-again} (a minute): a county's history moves by days, not
 * seconds, and a ranked list keeps the placements it was ranked with, so every instance serves it the same.
 */
@ApplicationScoped
public class PlacementHistory {

    /** Groups and prefectures looked at per county, and employers per group or prefecture. */
    private static final int CELLS = 50;
    private static final int EMPLOYERS_PER_CELL = 200;

    private final OpenSearchClient client;
    private final ObjectMapper json;
    private final LoadingCache<String, CountyPlacements> counties;

    public PlacementHistory(OpenSearchClient client, ObjectMapper json,
            @ConfigProperty(name = "laborlink.placements.read-again", defaultValue = "60s") Duration readAgain) {
        this.client = client;
        this.json = json;
        this.counties = Caffeine.newBuilder().maximumSize(5_000).expireAfterWrite(readAgain).build(this::read);
    }

    /** The county's placements; none (unknown) when the county is not known or too little is. */
    public CountyPlacements of(String county) {
        return county == null ? CountyPlacements.none(null) : counties.get(county);
    }

    private CountyPlacements read(String county) {
        ObjectNode body = json.createObjectNode().put("size", 0);
        body.putObject("query").putObject("term").put("county", county);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("workers").putObject("cardinality").put("field", "workerId");
        aggs.putObject("employers").putObject("cardinality").put("field", "employerId");
        cells(aggs.putObject("groups"), "occupationGroup");
        cells(aggs.putObject("prefectures"), "workPrefecture");
        String indexes = SearchIndexes.PLACEMENTS + "," + SearchIndexes.PLACEMENT_ENDINGS;
        try (Response response = client.generic().execute(Requests.builder().endpoint("/" + indexes + "/_search")
                .method("POST").json(body.toString()).build())) {
            String answer = response.getBody().map(Body::bodyAsString).orElse("");
            if (response.getStatus() != 200) {
                throw new IOException("the placements of " + county + " were not read: " + response.getStatus() + " " + answer);
            }
            JsonNode found = json.readTree(answer).path("aggregations");
            return CountyPlacements.of(county, found.path("workers").path("value").asLong(),
                    found.path("employers").path("value").asLong(), cells(found.path("groups")),
                    cells(found.path("prefectures")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cells(ObjectNode agg, String field) {
        agg.putObject("terms").put("field", field).put("size", CELLS);
        ObjectNode sub = agg.putObject("aggs");
        sub.putObject("workers").putObject("cardinality").put("field", "workerId");
        ObjectNode employers = sub.putObject("employers");
        employers.putObject("terms").put("field", "employerId").put("size", EMPLOYERS_PER_CELL);
        employers.putObject("aggs").putObject("weight").putObject("sum").put("field", "weight");
    }

    private static List<Cell> cells(JsonNode agg) {
        List<Cell> cells = new ArrayList<>();
        for (JsonNode bucket : agg.path("buckets")) {
            Map<String, Double> byEmployer = new HashMap<>();
            for (JsonNode employer : bucket.path("employers").path("buckets")) {
                byEmployer.put(employer.path("key").asText(), employer.path("weight").path("value").asDouble());
            }
            cells.add(new Cell(bucket.path("key").asText(), byEmployer, bucket.path("workers").path("value").asLong()));
        }
        return cells;
    }
}
