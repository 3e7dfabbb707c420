package org.laborlink.matching.recommendation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.domain.WorkerDocument;
import org.laborlink.matching.placements.domain.CountyPlacements;
import org.laborlink.matching.recommendation.domain.Recommendation;
import org.laborlink.platform.reference.AdministrativeDivisions;

/**
 * Says why a posting suits a worker, factor by factor, in Chinese and English, each factor from 0 to 1 as the ranking
 * weighs it ({@link Ranking}). A factor whose data is missing
 * (no home location, no expected pay, a county with too little history...) is reported as unknown (null), never as a
 * made-up number.
 */
@ApplicationScoped
public class RecommendationExplainer {

    /** From this affinity on, the county's workers "often" take the kind of job, or go to the place. */
    static final double OFTEN = 0.5;

    private final AdministrativeDivisions divisions;

    public RecommendationExplainer(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    public Recommendation explain(WorkerDocument worker, CountyPlacements learned, JobDocument job, double score) {
        Map<String, Double> factors = new LinkedHashMap<>();
        List<Recommendation.Reason> reasons = new ArrayList<>();
        List<String> missing = skills(worker, job, factors, reasons);
        occupation(worker, job, factors, reasons);
        distance(worker, job, factors, reasons);
        pay(worker, job, factors, reasons);
        migrantSupport(worker, job, reasons);
        freshness(job, factors, reasons);
        history(learned, job, factors, reasons);
        return new Recommendation(Recommendation.Posting.of(job), score, factors, reasons, missing);
    }

    private static List<String> skills(WorkerDocument worker, JobDocument job, Map<String, Double> factors,
            List<Recommendation.Reason> reasons) {
        List<RequiredSkill> mustHave = job.requiredSkills() == null ? List.of()
                : job.requiredSkills().stream().filter(RequiredSkill::mustHave).toList();
        if (mustHave.isEmpty()) {
            factors.put("skills", 1.0);
            reasons.add(new Recommendation.Reason("skills", "无必备技能要求", "no required skills"));
            return List.of();
        }
        Map<String, SkillLevel> has = worker.skills().stream()
                .collect(Collectors.toMap(WorkerSkill::code, WorkerSkill::level, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        List<String> missing = new ArrayList<>();
        for (RequiredSkill s : mustHave) {
            SkillLevel level = has.get(s.code());
            if (level == null || level.compareTo(s.level()) < 0) {
                missing.add(s.code());
            }
        }
        int met = mustHave.size() - missing.size();
        factors.put("skills", (double) met / mustHave.size());
        reasons.add(new Recommendation.Reason("skills", "具备" + mustHave.size() + "项必备技能中的" + met + "项",
                met + " of " + mustHave.size() + " required skills"));
        return missing;
    }

    private static void occupation(WorkerDocument worker, JobDocument job, Map<String, Double> factors,
            List<Recommendation.Reason> reasons) {
        List<String> desired = worker.desiredOccupations();
        if (desired.isEmpty()) {
            factors.put("occupation", null);
            reasons.add(new Recommendation.Reason("occupation", "未填写意向职业", "no desired occupation on file"));
        } else if (desired.contains(job.occupationCode())) {
            factors.put("occupation", 1.0);
            reasons.add(new Recommendation.Reason("occupation", "与意向职业相同", "the occupation the worker wants"));
        } else if (anyStartsWith(desired, job.occupationGroup(), c -> c.substring(0, 4))) {
            factors.put("occupation", 0.6);
            reasons.add(new Recommendation.Reason("occupation", "与意向职业同属一个中类", "in the same occupation group as wanted"));
        } else if (anyStartsWith(desired, job.occupationCategory(), c -> c.substring(0, 1))) {
            factors.put("occupation", 0.3);
            reasons.add(new Recommendation.Reason("occupation", "与意向职业同属一个大类", "in the same occupation category as wanted"));
        } else {
            factors.put("occupation", 0.0);
            reasons.add(new Recommendation.Reason("occupation", "非意向职业", "not an occupation the worker named"));
        }
    }

    private static boolean anyStartsWith(List<String> codes, String value, Function<String, String> part) {
        return value != null && codes.stream().map(part).anyMatch(value::equals);
    }

    private static void distance(WorkerDocument worker, JobDocument job, Map<String, Double> factors,
            List<Recommendation.Reason> reasons) {
        if (worker.home() == null || job.location() == null) {
            factors.put("distance", null);
            reasons.add(new Recommendation.Reason("distance", "距离未知", "distance unknown"));
            return;
        }
        double km = kilometres(worker.home(), job.location());
        String rounded = String.format("%,.0f", km);
        if (Objects.equals(job.workProvince(), worker.householdProvince())) {
            factors.put("distance", Ranking.DISTANCE_PIVOT_KM / (Ranking.DISTANCE_PIVOT_KM + km));
            reasons.add(new Recommendation.Reason("distance", "距家" + rounded + "公里", rounded + " km from home"));
        } else {
            factors.put("distance", 0.5); // what the ranking gives a province the worker will migrate to
            reasons.add(new Recommendation.Reason("distance", "距家" + rounded + "公里，在愿意前往的省份",
                    rounded + " km from home, in a province the worker will migrate to"));
        }
    }

    private static void pay(WorkerDocument worker, JobDocument job, Map<String, Double> factors,
            List<Recommendation.Reason> reasons) {
        BigDecimal expected = worker.expectedMonthlyPay();
        if (expected == null || expected.signum() == 0) {
            factors.put("pay", null);
            reasons.add(new Recommendation.Reason("pay", "月薪" + yuan(job.payMax()) + "元，未填写期望薪资",
                    "pay up to " + yuan(job.payMax()) + ", no expected pay on file"));
            return;
        }
        if (job.payMax().compareTo(expected) >= 0) {
            factors.put("pay", 1.0);
            reasons.add(new Recommendation.Reason("pay", "月薪" + yuan(job.payMax()) + "元 ≥ 期望" + yuan(expected) + "元",
                    "pay " + yuan(job.payMax()) + " ≥ expected " + yuan(expected)));
        } else {
            factors.put("pay", job.payMax().doubleValue() / expected.doubleValue());
            String zh = "月薪" + yuan(job.payMax()) + "元 < 期望" + yuan(expected) + "元";
            String en = "pay " + yuan(job.payMax()) + " < expected " + yuan(expected);
            if (job.jobType() == JobType.CARING_JOB) {
                zh += "（爱心岗位，不限年龄、技能、学历）";
                en += " (caring job, open regardless of age, skills or education)";
            }
            reasons.add(new Recommendation.Reason("pay", zh, en));
        }
    }

    private static void migrantSupport(WorkerDocument worker, JobDocument job, List<Recommendation.Reason> reasons) {
        if (Objects.equals(job.workProvince(), worker.householdProvince())) {
            return;
        }
        if (Boolean.TRUE.equals(job.accommodation())) {
            reasons.add(new Recommendation.Reason("migrant-support", "提供住宿", "provides dormitory"));
        }
        if (Boolean.TRUE.equals(job.transport())) {
            reasons.add(new Recommendation.Reason("migrant-support", "提供交通", "provides transport"));
        }
    }

    private static void freshness(JobDocument job, Map<String, Double> factors, List<Recommendation.Reason> reasons) {
        if (job.publishedAt() == null) {
            factors.put("freshness", null);
            return;
        }
        Duration age = Duration.between(job.publishedAt(), Instant.now());
        long days = Math.max(0, age.toDays());
        double exactDays = Math.max(0, age.toSeconds() / 86400.0);
        factors.put("freshness", Ranking.FRESHNESS_PIVOT_DAYS / (Ranking.FRESHNESS_PIVOT_DAYS + exactDays));
        reasons.add(new Recommendation.Reason("freshness", days == 0 ? "今天发布" : days + "天前发布",
                days == 0 ? "posted today" : "posted " + days + " days ago"));
    }

    /**
     * What the worker's county's history says ({@link CountyPlacements}): the factor is the mean of the two learned
     * affinities (the posting's occupation group, its prefecture), unknown while the county has too little history.
     */
    private void history(CountyPlacements learned, JobDocument job, Map<String, Double> factors,
            List<Recommendation.Reason> reasons) {
        String zhCounty = name(learned.county(), AdministrativeDivisions.Division::name, "本县");
        String enCounty = name(learned.county(), AdministrativeDivisions.Division::pinyin, "this county");
        if (!learned.known()) {
            factors.put("history", null);
            reasons.add(new Recommendation.Reason("history", zhCounty + "劳动者的就业去向：未知（记录不足）",
                    "where workers from " + enCounty + " find work: unknown (too little history)"));
            return;
        }
        double group = learned.occupationGroup(job.occupationGroup());
        double place = learned.workPrefecture(job.workPrefecture());
        factors.put("history", (group + place) / 2);
        if (group >= OFTEN) {
            reasons.add(new Recommendation.Reason("history", zhCounty + "的劳动者常做这类工作",
                    "workers from " + enCounty + " often take this kind of job"));
        } else if (group > 0) {
            reasons.add(new Recommendation.Reason("history", zhCounty + "的劳动者有时做这类工作",
                    "workers from " + enCounty + " sometimes take this kind of job"));
        }
        if (place >= OFTEN) {
            String prefecture = job.workPrefecture();
            reasons.add(new Recommendation.Reason("history",
                    zhCounty + "的劳动者常去" + name(prefecture, AdministrativeDivisions.Division::name, "此地") + "工作",
                    "workers from " + enCounty + " often go to work in "
                            + name(prefecture, AdministrativeDivisions.Division::pinyin, "this place")));
        }
        if (group == 0 && place == 0) {
            reasons.add(new Recommendation.Reason("history", zhCounty + "的劳动者很少在这里做这类工作",
                    "workers from " + enCounty + " have seldom taken this kind of job here"));
        }
    }

    private String name(String code, Function<AdministrativeDivisions.Division, String> part, String otherwise) {
        return divisions.find(code).map(part).filter(n -> n != null && !n.isBlank()).orElse(otherwise);
    }

    public static double kilometres(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371.0 * 2 * Math.asin(Math.sqrt(h));
    }

    private static String yuan(BigDecimal amount) {
        return String.format("%,.0f", amount);
    }
}
