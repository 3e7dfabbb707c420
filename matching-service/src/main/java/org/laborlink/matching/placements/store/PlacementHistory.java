package org.laborlink.matching.placements.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
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
 * prefectures, each with the weights summed by employer and by worker), combined with the caps in Java. In a cell of
 * more than 500 employers or 1,000 workers the least frequent are left out: the cell is then counted short, never
 * long.
 * Read again after {@code laborlink.placements.read-again} (a minute): a county's history moves by days, not
 * seconds, and a ranked list keeps the placements it was ranked with, so every instance serves it the same.
 */
@ApplicationScoped
public class PlacementHistory {

    private static final Logger LOG = Logger.getLogger(PlacementHistory.class);

    /** Groups and prefectures looked at per county, and employers per group or prefecture. */
    private static final int CELLS = 50;
    private static final int EMPLOYERS_PER_CELL = 500;
    private static final int WORKERS_PER_CELL = 1000;

    private final OpenSearchClient client;
    private final ObjectMapper json;
    private final LoadingCache<String, CountyPlacements> counties;

    public PlacementHistory(OpenSearchClient client, ObjectMapper json,
            @ConfigProperty(name = "laborlink.placements.read-again", defaultValue = "60s") Duration readAgain) {
        this.client = client;
        this.json = json;
        // read again in the background after readAgain, the last read serving meanwhile and while a read fails
        this.counties = Caffeine.newBuilder().maximumSize(5_000).refreshAfterWrite(readAgain)
                .expireAfterWrite(readAgain.multipliedBy(10)).build(this::read);
    }

    /**
     * The county's placements; none (unknown) when the county is not known, too little is, or the placement indexes
     * cannot be read now (the ranking goes on without the history, and lists are ranked again once it is read).
     */
    public CountyPlacements of(String county) {
        if (county == null) {
            return CountyPlacements.none(null);
        }
        try {
            return counties.get(county);
        } catch (RuntimeException e) {
            LOG.debugf("the placements of %s were not read: %s", county, e.toString());
            return CountyPlacements.none(county);
        }
    }

    private CountyPlacements read(String county) {
        Instant readAt = Instant.now();
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
                    cells(found.path("prefectures")), readAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cells(ObjectNode agg, String field) {
        agg.putObject("terms").put("field", field).put("size", CELLS);
        ObjectNode sub = agg.putObject("aggs");
        summed(sub.putObject("employers"), "employerId", EMPLOYERS_PER_CELL);
        summed(sub.putObject("workers"), "workerId", WORKERS_PER_CELL);
    }

    /** The outcomes' weights summed per value of the field (the most frequent {@code size}, counted exactly). */
    private static void summed(ObjectNode agg, String field, int size) {
        agg.putObject("terms").put("field", field).put("size", size).put("shard_size", size * 2);
        agg.putObject("aggs").putObject("weight").putObject("sum").put("field", "weight");
    }

    private static List<Cell> cells(JsonNode agg) {
        List<Cell> cells = new ArrayList<>();
        for (JsonNode bucket : agg.path("buckets")) {
            cells.add(new Cell(bucket.path("key").asText(), sums(bucket.path("employers")), sums(bucket.path("workers"))));
        }
        return cells;
    }

    private static Map<String, Double> sums(JsonNode agg) {
        Map<String, Double> sums = new HashMap<>();
        for (JsonNode bucket : agg.path("buckets")) {
            sums.put(bucket.path("key").asText(), bucket.path("weight").path("value").asDouble());
        }
        return sums;
    }
}
