package org.laborlink.matching.search.store;

import static org.laborlink.matching.recommendation.store.RankedSearch.terms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.store.SearchIndexes;
import org.laborlink.matching.recommendation.store.RankedSearch;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.Coordinates;
import org.laborlink.platform.reference.RegionCode;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch.core.search.Hit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The open postings matching a job search, with facet counts, read from the jobs index. */
@ApplicationScoped
public class JobSearch {

    /** A page of postings, how many match in all, the facet counts, and the cursor of the next page. */
    public record Found(long total, List<JobDocument> items, Map<String, Map<String, Long>> facets, String next) {
    }

    private static final Map<String, String> FACETS = Map.of("jobType", "jobType", "province", "workProvince",
            "occupationCategory", "occupationCategory");

    private final RankedSearch search;
    private final ObjectMapper json;

    public JobSearch(RankedSearch search, ObjectMapper json) {
        this.search = search;
        this.json = json;
    }

    public Found search(String text, String near, int radiusKm, String region, String jobType, Integer payMin,
            String occupation, int limit, String after) {
        ObjectNode bool = json.createObjectNode();
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("term").put("status", JobDocument.OPEN);
        filter.addObject().putObject("range").putObject("expiresOn").put("gte", "now/d");
        filter.addObject().putObject("range").putObject("placesLeft").put("gt", 0);
        if (text != null && !text.isBlank()) {
            bool.putArray("must").addObject().putObject("match").putObject("title").put("query", text.strip());
        }
        if (near != null) {
            Coordinates point = Coordinates.parse("near", near);
            ObjectNode distance = filter.addObject().putObject("geo_distance");
            distance.put("distance", radiusKm + "km");
            distance.putObject("location").put("lat", point.lat()).put("lon", point.lon());
        }
        if (region != null) {
            if (!RegionCode.isWellFormed(region)) {
                throw ProblemException.invalidField("region", RegionCode.MESSAGE);
            }
            String field = switch (new RegionCode(region).level()) {
                case PROVINCE -> "workProvince";
                case PREFECTURE -> "workPrefecture";
                case COUNTY -> "workRegion";
            };
            filter.addObject().putObject("term").put(field, region);
        }
        if (jobType != null) {
            terms(filter.addObject(), "jobType", List.of(jobType));
        }
        if (payMin != null) {
            filter.addObject().putObject("range").putObject("payMax").put("gte", payMin);
        }
        if (occupation != null) {
            String field = occupation.length() == 1 ? "occupationCategory"
                    : occupation.length() == 4 ? "occupationGroup" : "occupationCode";
            filter.addObject().putObject("term").put(field, occupation);
        }
        ObjectNode query = json.createObjectNode();
        query.set("bool", bool);
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        FACETS.forEach((name, field) -> aggregations.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(40)))));
        RankedSearch.Page<JobDocument> page = search.search(SearchIndexes.JOBS, query, "postingId", JobDocument.class,
                limit, after, aggregations);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String name : List.of("jobType", "province", "occupationCategory")) {
            Aggregate aggregate = page.aggregations().get(name);
            Map<String, Long> counts = new LinkedHashMap<>();
            if (aggregate != null && aggregate.isSterms()) {
                aggregate.sterms().buckets().array().forEach(b -> counts.put(b.key(), b.docCount()));
            }
            facets.put(name, counts);
        }
        return new Found(page.total(), page.hits().stream().map(Hit::source).toList(), facets, page.next());
    }
}
