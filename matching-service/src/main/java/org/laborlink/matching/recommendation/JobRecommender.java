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
        // each required skill the worker masters well enough adds to the score: must-have twice nice-to-have
        for (WorkerSkill skill : worker.skills()) {
            List<String> met = JobDocument.skillLevelsMet(skill.code(), skill.level());
            terms(should.addObject(), "mustHaveSkillLevels", met).with("terms").put("boost", 2.0);
            terms(should.addObject(), "niceToHaveSkillLevels", met).with("terms").put("boost", 1.0);
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
        // better pay ranks higher, gently: log10(1 + pay/1000) is 0.75 at 4,600 and 0.85 at 6,000
        functions.addObject().putObject("field_value_factor").put("field", "payMax").put("factor", 0.001)
                .put("modifier", "log1p").put("missing", 1);
        functions.addObject().putObject("gauss").putObject("publishedAt").put("origin", "now").put("scale", "14d")
                .put("decay", 0.5);
        fs.put("score_mode", "multiply").put("boost_mode", "multiply");
        return functionScore;
    }
}
