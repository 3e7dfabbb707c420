package org.laborlink.matching.recommendation;

import static org.laborlink.matching.recommendation.RankedSearch.anyOf;
import static org.laborlink.matching.recommendation.RankedSearch.terms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.JobType;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.matching.index.SearchIndexes;
import org.laborlink.matching.jobs.JobDocument;
import org.laborlink.matching.workers.WorkerDocument;
import org.opensearch.client.opensearch.core.search.Hit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Jobs for a worker in one OpenSearch query: hard filters (open, not expired, places left, accepted job type, a
 * province the worker will work in, pay not below expectation unless the worker allows it; caring jobs pass the
 * type and pay filters) and a ranking of occupation and skill overlap (levels compared), distance from home, pay and
 * freshness.
 */
@ApplicationScoped
public class JobRecommender {

    static final double OCCUPATION = 3.0;
    static final double OCCUPATION_GROUP = 1.5;
    static final double OCCUPATION_CATEGORY = 0.5;
    static final double MUST_HAVE_SKILL = 2.0;
    static final double NICE_TO_HAVE_SKILL = 1.0;
    static final double DISTANCE = 2.0;
    static final int DISTANCE_PIVOT_KM = 50;
    static final double FRESHNESS = 1.0;
    static final int FRESHNESS_PIVOT_DAYS = 7;
    static final double PAY = 1.0;

    private final RankedSearch search;
    private final ObjectMapper json;
    private final RecommendationExplainer explainer;

    public JobRecommender(RankedSearch search, ObjectMapper json, RecommendationExplainer explainer) {
        this.search = search;
        this.json = json;
        this.explainer = explainer;
    }

    public Recommendations recommend(WorkerDocument worker, int limit, String after) {
        RankedSearch.Page<JobDocument> page = search.search(SearchIndexes.JOBS, query(worker), "postingId",
                JobDocument.class, limit, after);
        List<Recommendation> items = new ArrayList<>();
        for (Hit<JobDocument> hit : page.hits()) {
            items.add(explainer.explain(worker, hit.source(), hit.score() == null ? 0 : hit.score()));
        }
        return new Recommendations(worker.workerId(), items, page.next());
    }

    private ObjectNode query(WorkerDocument worker) {
        ObjectNode bool = json.createObjectNode();
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("term").put("status", JobDocument.OPEN);
        filter.addObject().putObject("range").putObject("expiresOn").put("gte", "now/d");
        filter.addObject().putObject("range").putObject("placesLeft").put("gt", 0);

        ArrayNode typeOrCaring = anyOf(filter);
        terms(typeOrCaring.addObject(), "jobType", worker.acceptedJobTypes().stream().map(Enum::name).toList());
        typeOrCaring.addObject().putObject("term").put("jobType", JobType.CARING_JOB.name());

        Set<String> provinces = new LinkedHashSet<>();
        provinces.add(worker.householdProvince());
        provinces.addAll(worker.willingToMigrateTo());
        terms(filter.addObject(), "workProvince", List.copyOf(provinces));

        if (worker.expectedMonthlyPay() != null && !worker.acceptsLowerPay()) {
            ArrayNode payOrCaring = anyOf(filter);
            payOrCaring.addObject().putObject("range").putObject("payMax").put("gte", worker.expectedMonthlyPay());
            payOrCaring.addObject().putObject("term").put("jobType", JobType.CARING_JOB.name());
        }

        // the ranking: a sum of bounded parts, each of a kind OpenSearch can skip non-competitive postings with
        ArrayNode should = bool.putArray("should");
        List<String> desired = worker.desiredOccupations();
        if (!desired.isEmpty()) {
            terms(should.addObject(), "occupationCode", desired).with("terms").put("boost", OCCUPATION);
            terms(should.addObject(), "occupationGroup", desired.stream().map(c -> c.substring(0, 4)).distinct().toList())
                    .with("terms").put("boost", OCCUPATION_GROUP);
            terms(should.addObject(), "occupationCategory", desired.stream().map(c -> c.substring(0, 1)).distinct().toList())
                    .with("terms").put("boost", OCCUPATION_CATEGORY);
        }
        // each required skill the worker masters well enough adds to the score: must-have twice nice-to-have
        for (WorkerSkill skill : worker.skills()) {
            List<String> met = JobDocument.skillLevelsMet(skill.code(), skill.level());
            terms(should.addObject(), "mustHaveSkillLevels", met).with("terms").put("boost", MUST_HAVE_SKILL);
            terms(should.addObject(), "niceToHaveSkillLevels", met).with("terms").put("boost", NICE_TO_HAVE_SKILL);
        }
        // near home counts most: DISTANCE at home, half of it DISTANCE_PIVOT_KM away; a province the worker will
        // migrate to counts as much as a posting that far from home
        if (worker.home() != null) {
            ObjectNode near = should.addObject().putObject("distance_feature");
            near.put("field", "location").put("pivot", DISTANCE_PIVOT_KM + "km").put("boost", DISTANCE);
            near.putObject("origin").put("lat", worker.home().lat()).put("lon", worker.home().lon());
        }
        if (!worker.willingToMigrateTo().isEmpty()) {
            terms(should.addObject(), "workProvince", worker.willingToMigrateTo()).with("terms")
                    .put("boost", DISTANCE * 0.5);
        }
        should.addObject().putObject("distance_feature").put("field", "publishedAt").put("origin", "now")
                .put("pivot", FRESHNESS_PIVOT_DAYS + "d").put("boost", FRESHNESS);
        // pay: half of PAY at the worker's expectation (or at 4,000 when none is on file), more above it
        double pivot = worker.expectedMonthlyPay() == null || worker.expectedMonthlyPay().signum() == 0 ? 4000
                : worker.expectedMonthlyPay().doubleValue();
        should.addObject().putObject("rank_feature").put("field", "payFeature").put("boost", PAY)
                .putObject("saturation").put("pivot", pivot);
        ObjectNode query = json.createObjectNode();
        query.set("bool", bool);
        return query;
    }
}
