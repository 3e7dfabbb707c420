package org.laborlink.matching.recommendation;

import static org.laborlink.matching.recommendation.store.RankedSearch.anyOf;
import static org.laborlink.matching.recommendation.store.RankedSearch.terms;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.JobType;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.domain.WorkerDocument;
import org.laborlink.matching.placements.domain.CountyPlacements;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rule of jobs for a worker, in its two forms side by side: as one OpenSearch query ({@link #query}) to rank
 * the whole index, and in Java ({@link #eligible}, {@link #score}) to place a posting that changed since into a list
 * kept from that query. Hard filters: open, not expired, places left, a job type the worker accepts, a province the
 * worker will work in, pay not below expectation unless the worker allows it; caring jobs pass the type and pay
 * filters. Score: a sum of bounded parts (occupation, skills met at their level, distance from home or a province
 * the worker will migrate to, freshness, pay, and what the worker's county's history says of the posting's occupation
 * group and prefecture), each of a kind OpenSearch can skip non-competitive postings with.
 */
@ApplicationScoped
public class Ranking {

    static final double OCCUPATION = 3.0;
    static final double OCCUPATION_GROUP = 1.5;
    static final double OCCUPATION_CATEGORY = 0.5;
    static final double MUST_HAVE_SKILL = 2.0;
    static final double NICE_TO_HAVE_SKILL = 1.0;
    static final double DISTANCE = 2.0;
    static final int DISTANCE_PIVOT_KM = 50;
    /**
     * Postings this near home are candidates whatever their occupation: beyond it the distance part is at most half its
     * weight, which keeps the bound outside the candidates low enough for most workers' best 20 to beat it.
     */
    static final int NEAR_KM = 50;
    static final double FRESHNESS = 1.0;
    static final int FRESHNESS_PIVOT_DAYS = 7;
    static final double PAY = 1.0;
    static final double DEFAULT_PAY_PIVOT = 4000;
    /**
     * Learned from the county's outcomes ({@link CountyPlacements}), at most this much each: the occupation group its
     * workers take, the prefecture they go to. Small beside the stated wishes, so that history breaks near-ties and
     * brings up what the county's workers take, and never outweighs an occupation the worker named or a posting
     * near home.
     */
    static final double LEARNED_OCCUPATION = 1.0;
    static final double LEARNED_DESTINATION = 1.0;

    private final ObjectMapper json;

    public Ranking(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The rule as a query, freshness scored as of {@code asOf} (every page of one ranking uses the same instant), with
     * the county's placements as learned.
     */
    ObjectNode query(WorkerDocument worker, CountyPlacements learned, Instant asOf) {
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
        should.addObject().putObject("distance_feature").put("field", "publishedAt")
                .put("origin", asOf.truncatedTo(ChronoUnit.MILLIS).toString())
                .put("pivot", FRESHNESS_PIVOT_DAYS + "d").put("boost", FRESHNESS);
        // pay: half of PAY at the worker's expectation (or at 4,000 when none is on file), more above it
        should.addObject().putObject("rank_feature").put("field", "payFeature").put("boost", PAY)
                .putObject("saturation").put("pivot", payPivot(worker));
        // where the county's workers go: each group and prefecture of its history, as much as they took there
        learned.occupationGroups().forEach((group, affinity) -> terms(should.addObject(), "occupationGroup", List.of(group))
                .with("terms").put("boost", LEARNED_OCCUPATION * affinity));
        learned.workPrefectures().forEach((prefecture, affinity) -> terms(should.addObject(), "workPrefecture",
                List.of(prefecture)).with("terms").put("boost", LEARNED_DESTINATION * affinity));
        ObjectNode query = json.createObjectNode();
        query.set("bool", bool);
        return query;
    }

    /**
     * The postings that can score above {@link #boundOutsideCandidates} for this worker: those of a desired occupation
     * group, asking for a skill the worker has at a level met, or within {@value #NEAR_KM} km of home. Empty when the
     * worker has none of these (every posting is a candidate). A posting outside them scores at most the bound,
     * whatever the index holds: when the {@code n}-th best candidate scores above it, the best {@code n} candidates
     * are the best {@code n} postings.
     */
    Optional<ObjectNode> candidates(WorkerDocument worker) {
        ObjectNode clause = json.createObjectNode();
        ObjectNode bool = clause.putObject("bool");
        bool.put("minimum_should_match", 1);
        ArrayNode should = bool.putArray("should");
        List<String> desired = worker.desiredOccupations();
        if (!desired.isEmpty()) {
            terms(should.addObject(), "occupationGroup", desired.stream().map(c -> c.substring(0, 4)).distinct().toList());
        }
        for (WorkerSkill skill : worker.skills()) {
            List<String> met = JobDocument.skillLevelsMet(skill.code(), skill.level());
            terms(should.addObject(), "mustHaveSkillLevels", met);
            terms(should.addObject(), "niceToHaveSkillLevels", met);
        }
        if (worker.home() != null) {
            ObjectNode near = should.addObject().putObject("geo_distance").put("distance", NEAR_KM + "km");
            near.putObject("location").put("lat", worker.home().lat()).put("lon", worker.home().lon());
        }
        return should.isEmpty() ? Optional.empty() : Optional.of(clause);
    }

    /**
     * The most a posting outside {@link #candidates} can score: the category, the distance at its best (just beyond
     * {@value #NEAR_KM} km; a margin of 1 % allows for the two ways OpenSearch measures distance), the destination
     * province, freshness at its best (published this instant), pay (which only nears its weight) and the county's
     * history at its best.
     */
    double boundOutsideCandidates(WorkerDocument worker, CountyPlacements learned) {
        return (worker.desiredOccupations().isEmpty() ? 0 : OCCUPATION_CATEGORY)
                + (worker.home() == null ? 0 : DISTANCE * DISTANCE_PIVOT_KM / (DISTANCE_PIVOT_KM + NEAR_KM * 0.99))
                + (worker.willingToMigrateTo().isEmpty() ? 0 : DISTANCE * 0.5) + FRESHNESS + PAY
                + (learned.occupationGroups().isEmpty() ? 0 : LEARNED_OCCUPATION)
                + (learned.workPrefectures().isEmpty() ? 0 : LEARNED_DESTINATION);
    }

    /** {@link #query} restricted to the candidates. */
    ObjectNode amongCandidates(ObjectNode query, ObjectNode candidates) {
        ObjectNode restricted = query.deepCopy();
        ((ArrayNode) restricted.with("bool").get("filter")).add(candidates);
        return restricted;
    }

    /** The hard filters of {@link #query}, for one posting. */
    public boolean eligible(WorkerDocument worker, JobDocument job, LocalDate today) {
        if (!JobDocument.OPEN.equals(job.status()) || job.expiresOn() == null || job.expiresOn().isBefore(today)
                || job.placesLeft() == null || job.placesLeft() <= 0) {
            return false;
        }
        boolean caring = job.jobType() == JobType.CARING_JOB;
        if (!caring && !worker.acceptedJobTypes().contains(job.jobType())) {
            return false;
        }
        if (!job.workProvince().equals(worker.householdProvince()) && !worker.willingToMigrateTo().contains(job.workProvince())) {
            return false;
        }
        return caring || worker.expectedMonthlyPay() == null || worker.acceptsLowerPay()
                || (job.payMax() != null && job.payMax().compareTo(worker.expectedMonthlyPay()) >= 0);
    }

    /** The score {@link #query} gives one posting, as OpenSearch computes each part. */
    public double score(WorkerDocument worker, CountyPlacements learned, JobDocument job, Instant now) {
        double score = 0;
        List<String> desired = worker.desiredOccupations();
        if (job.occupationCode() != null) {
            score += desired.contains(job.occupationCode()) ? OCCUPATION : 0;
            score += anyPart(desired, job.occupationGroup(), c -> c.substring(0, 4)) ? OCCUPATION_GROUP : 0;
            score += anyPart(desired, job.occupationCategory(), c -> c.substring(0, 1)) ? OCCUPATION_CATEGORY : 0;
        }
        for (WorkerSkill skill : worker.skills()) {
            List<String> met = JobDocument.skillLevelsMet(skill.code(), skill.level());
            score += containsAny(job.mustHaveSkillLevels(), met) ? MUST_HAVE_SKILL : 0;
            score += containsAny(job.niceToHaveSkillLevels(), met) ? NICE_TO_HAVE_SKILL : 0;
        }
        if (worker.home() != null && job.location() != null) {
            double km = RecommendationExplainer.kilometres(worker.home(), job.location());
            score += DISTANCE * DISTANCE_PIVOT_KM / (DISTANCE_PIVOT_KM + km);
        }
        if (worker.willingToMigrateTo().contains(job.workProvince())) {
            score += DISTANCE * 0.5;
        }
        if (job.publishedAt() != null) {
            double days = Math.abs(Duration.between(job.publishedAt(), now).toMillis()) / 86_400_000.0;
            score += FRESHNESS * FRESHNESS_PIVOT_DAYS / (FRESHNESS_PIVOT_DAYS + days);
        }
        if (job.payFeature() != null) {
            // a rank feature is stored with 9 significant bits: 4,500 is read back as 4,496
            float pay = Float.intBitsToFloat((Float.floatToIntBits(job.payFeature().floatValue()) >>> 15) << 15);
            score += PAY * pay / (pay + payPivot(worker));
        }
        score += LEARNED_OCCUPATION * learned.occupationGroup(job.occupationGroup());
        score += LEARNED_DESTINATION * learned.workPrefecture(job.workPrefecture());
        return score;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC); // as OpenSearch rounds now/d
    }

    private static double payPivot(WorkerDocument worker) {
        return worker.expectedMonthlyPay() == null || worker.expectedMonthlyPay().signum() == 0 ? DEFAULT_PAY_PIVOT
                : worker.expectedMonthlyPay().doubleValue();
    }

    private static boolean anyPart(List<String> codes, String value, Function<String, String> part) {
        return value != null && codes.stream().map(part).anyMatch(value::equals);
    }

    private static boolean containsAny(List<String> values, List<String> wanted) {
        return values != null && values.stream().anyMatch(wanted::contains);
    }
}
