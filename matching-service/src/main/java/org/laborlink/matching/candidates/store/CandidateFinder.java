package org.laborlink.matching.candidates.store;

import static org.laborlink.matching.recommendation.store.RankedSearch.anyOf;
import static org.laborlink.matching.recommendation.store.RankedSearch.terms;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.JobType;
import org.laborlink.matching.candidates.domain.Candidate;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.domain.WorkerDocument;
import org.laborlink.matching.index.store.SearchIndexes;
import org.laborlink.matching.placements.store.PlacementHistory;
import org.laborlink.matching.recommendation.RecommendationExplainer;
import org.laborlink.matching.recommendation.domain.Recommendation;
import org.laborlink.matching.recommendation.store.RankedSearch;
import org.opensearch.client.opensearch.core.search.Hit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Workers for a posting, the mirror of the recommendations: the same hard filters seen from the posting (the worker
 * accepts its job type, unless it is a caring job; the work province is home or one they will go to; the pay reaches
 * their expectation unless they accept less or it is a caring job) and the same ranking (skills, occupation, distance
 * from home for local workers), explained by the same explainer, with what each worker's county's history says.
 */
@ApplicationScoped
public class CandidateFinder {

    /** A page of candidates and the cursor of the next. */
    public record Candidates(String postingId, List<Candidate> items, String next) {
    }

    private final RankedSearch search;
    private final RecommendationExplainer explainer;
    private final PlacementHistory history;
    private final ObjectMapper json;

    public CandidateFinder(RankedSearch search, RecommendationExplainer explainer, PlacementHistory history,
            ObjectMapper json) {
        this.search = search;
        this.history = history;
        this.explainer = explainer;
        this.json = json;
    }

    /** Candidates for the posting; {@code migrantsOnly}: those whose home is outside the work province. */
    public Candidates find(JobDocument job, boolean migrantsOnly, boolean masked, int limit, String after) {
        RankedSearch.Page<WorkerDocument> page = search.search(SearchIndexes.WORKERS, query(job, migrantsOnly), "workerId",
                WorkerDocument.class, limit, after);
        List<Candidate> items = new ArrayList<>();
        for (Hit<WorkerDocument> hit : page.hits()) {
            WorkerDocument w = hit.source();
            Recommendation r = explainer.explain(w, history.of(w.householdRegion()), job, hit.score() == null ? 0 : hit.score());
            items.add(new Candidate(w.workerId(), w.householdRegion(), masked ? null : w.home(),
                    masked ? null : w.povertyStatus(), r.score(), r.factors(), r.reasons(), r.missingSkills()));
        }
        return new Candidates(job.postingId(), items, page.next());
    }

    private ObjectNode query(JobDocument job, boolean migrantsOnly) {
        ObjectNode bool = json.createObjectNode();
        ArrayNode filter = bool.putArray("filter");
        boolean caring = job.jobType() == JobType.CARING_JOB;
        if (!caring) {
            filter.addObject().putObject("term").put("acceptedJobTypes", job.jobType().name());
        }
        ArrayNode province = anyOf(filter);
        province.addObject().putObject("term").put("householdProvince", job.workProvince());
        province.addObject().putObject("term").put("willingToMigrateTo", job.workProvince());
        if (migrantsOnly) {
            bool.putArray("must_not").addObject().putObject("term").put("householdProvince", job.workProvince());
        }
        if (!caring && job.payMax() != null) {
            ArrayNode pay = anyOf(filter);
            pay.addObject().putObject("range").putObject("expectedMonthlyPay").put("lte", job.payMax());
            pay.addObject().putObject("term").put("acceptsLowerPay", true);
            pay.addObject().putObject("bool").putArray("must_not").addObject().putObject("exists")
                    .put("field", "expectedMonthlyPay");
        }

        ArrayNode should = bool.putArray("should");
        should.addObject().putObject("constant_score").put("boost", 0.1).putObject("filter").putObject("match_all");
        should.addObject().putObject("term").putObject("desiredOccupations").put("value", job.occupationCode())
                .put("boost", 3.0);
        should.addObject().putObject("prefix").putObject("desiredOccupations").put("value", job.occupationGroup())
                .put("boost", 1.5);
        if (!job.mustHaveSkills().isEmpty()) {
            terms(should.addObject(), "skillCodes", job.mustHaveSkills()).with("terms").put("boost", 2.0);
        }
        if (!job.niceToHaveSkills().isEmpty()) {
            terms(should.addObject(), "skillCodes", job.niceToHaveSkills()).with("terms").put("boost", 1.0);
        }

        ObjectNode functionScore = json.createObjectNode();
        ObjectNode fs = functionScore.putObject("function_score");
        fs.putObject("query").set("bool", bool);
        ArrayNode functions = fs.putArray("functions");
        if (job.location() != null) {
            // distance weighs for workers of the work province; the others have chosen to migrate
            ObjectNode near = functions.addObject();
            near.putObject("filter").putObject("term").put("householdProvince", job.workProvince());
            ObjectNode home = near.putObject("exp").putObject("home");
            home.putObject("origin").put("lat", job.location().lat()).put("lon", job.location().lon());
            home.put("scale", "100km").put("offset", "10km").put("decay", 0.5);
        }
        functions.addObject().put("weight", 1.0);
        fs.put("score_mode", "multiply").put("boost_mode", "multiply");
        return functionScore;
    }
}
