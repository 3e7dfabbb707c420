import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.jobs.PostingPublished;
import org.laborlink.events.workers.LabourFileRegistered;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.domain.WorkerDocument;
import org.laborlink.matching.placements.domain.CountyPlacements;
import org.laborlink.matching.placements.domain.PlacementDocument;
import org.laborlink.matching.recommendation.Ranking;
import org.laborlink.matching.recommendation.RecommendationExplainer;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.OccupationClassification;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Replay benchmark of learning from outcomes (prints figures, asserts nothing; run by
 * deploy/local/benchmarks/placement-replay). Offline, in one JVM, with matching-service's own rule: {@link Ranking}'s
 * Java form (the score OpenSearch computes, part by part) and {@link CountyPlacements} (the caps and affinities the
 * service computes from its placement indexes).
 * <p>
 * Generated history over weeks: Guizhou counties with traditions of their own (the occupation groups and the
 * prefectures their workers actually take, as labour cooperation and word of mouth make them: Qiandongnan's workers to
 * Hangzhou, say), which the labour files state only in part; employers of the eastern provinces and Guizhou, each
 * hiring in a few groups, a tenth of them losing most hires within a month; postings published every day and open 30
 * days; workers asking for jobs every day and applying to the posting they prefer (their stated wishes, their county's
 * tradition, distance, pay, and chance), the employer hiring 70 % of those who want its kind of work and 35 % of
 * the others. The platform's answer at each ask is ranked
 * twice, without and with what the county's outcomes up to the day before say. Hit-rate@10: the share of
 * applications (and of hires) whose posting was in the top 10 of the ask that led to it; beside them the ceiling, the
 * top 10 by the workers' own preference before chance. A second run adds an employer flooding every county's history
 * with 30 made-up hires a day in the group the fewest traditions and wishes name, to show what the caps hold.
 */
public class PlacementReplay {

    record Place(String code, String prefecture, String province, GeoPoint at) {
    }

    record Employer(String id, String prefecture, List<String> groups, boolean churning) {
    }

    record Tradition(List<String> groups, List<Double> groupWeights, List<String> prefectures, List<Double> prefectureWeights) {

        double group(String g) {
            int i = groups.indexOf(g);
            return i < 0 ? 0 : groupWeights.get(i);
        }

        double prefecture(String p) {
            int i = prefectures.indexOf(p);
            return i < 0 ? 0 : prefectureWeights.get(i);
        }
    }

    record Outcome(String county, String worker, String employer, String group, String prefecture, double weight) {
    }

    record Figures(int asks, int applications, int hires, int[] applicationHits, int[] hireHits) {
    }

    static final Map<String, Integer> MINIMUM_WAGE = Map.of("52", 1890, "33", 2490, "44", 2500, "35", 2030, "32", 2490);

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int workerCount = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
        long started = System.nanoTime();
        Figures plain = replay(data, weeks, workerCount, false);
        Figures flooded = replay(data, weeks, workerCount, true);
        System.out.printf("placement replay: %d weeks, %d workers of %d Guizhou counties, %d postings a day open 30 days, "
                + "%d employers; the first 2 weeks build history and are left out%n", weeks, workerCount, ORIGINS,
                POSTINGS_A_DAY, EMPLOYERS);
        System.out.printf("  asks %,d, applications %,d, hires %,d (%.1f s)%n", plain.asks(), plain.applications(),
                plain.hires(), (System.nanoTime() - started) / 1e9);
        print("hit-rate@10 of applications", plain.applications(), plain.applicationHits(), flooded.applicationHits());
        print("hit-rate@10 of hires", plain.hires(), plain.hireHits(), flooded.hireHits());
    }

    static void print(String label, int total, int[] hits, int[] floodedHits) {
        System.out.printf("  %s: without learning %.1f %%, with learning %.1f %%, with learning while one employer floods "
                + "the history %.1f %%; ranked by the workers' own preference before chance (the ceiling) %.1f %%%n", label,
                100.0 * hits[0] / total, 100.0 * hits[1] / total, 100.0 * floodedHits[1] / total, 100.0 * hits[2] / total);
    }

    static final int ORIGINS = 24;
    static final int EMPLOYERS = 400;
    static final int POSTINGS_A_DAY = 200;
    static final int ASKS_A_DAY = 80;
    static final int TOP = 10;

    static Figures replay(Path data, int weeks, int workerCount, boolean flood) throws Exception {
        Random random = new Random(18);
        Ranking ranking = new Ranking(new ObjectMapper());
        Map<String, Place> counties = counties(data);
        List<Place> origins = counties.values().stream().filter(p -> p.province().equals("520000"))
                .sorted(Comparator.comparing(Place::code)).collect(Collectors.toCollection(ArrayList::new));
        java.util.Collections.shuffle(origins, random);
        origins = origins.subList(0, ORIGINS);
        Map<String, List<Place>> byPrefecture = counties.values().stream()
                .filter(p -> MINIMUM_WAGE.containsKey(p.code().substring(0, 2)))
                .collect(Collectors.groupingBy(Place::prefecture));
        List<String> prefectures = byPrefecture.keySet().stream().sorted().collect(Collectors.toCollection(ArrayList::new));
        List<String> eastern = prefectures.stream().filter(p -> !p.startsWith("52")).toList();
        List<String> occupations = new OccupationClassification(data).detailedOccupations().stream()
                .map(OccupationClassification.Occupation::code).filter(c -> c.startsWith("4-") || c.startsWith("6-"))
                .sorted().toList();
        Map<String, List<String>> byGroup = occupations.stream().collect(Collectors.groupingBy(c -> c.substring(0, 4)));
        List<String> groups = byGroup.keySet().stream().sorted().toList();

        List<Employer> employers = new ArrayList<>();
        for (int i = 0; i < EMPLOYERS; i++) {
            String prefecture = random.nextDouble() < 0.75 ? pick(eastern, random) : pick(prefectures, random);
            employers.add(new Employer("employer-" + i, prefecture, List.of(pick(groups, random), pick(groups, random)),
                    random.nextDouble() < 0.1));
        }
        Map<String, Tradition> traditions = new HashMap<>();
        for (Place origin : origins) {
            traditions.put(origin.code(), new Tradition(distinct(groups, 3, random), List.of(1.0, 0.6, 0.3),
                    List.of(pick(eastern, random), pick(eastern, random), origin.prefecture()), List.of(1.0, 0.6, 0.5)));
        }
        // the group the flood goes to: the one the fewest traditions and wishes name
        Map<String, Integer> named = new HashMap<>();
        traditions.values().forEach(t -> t.groups().forEach(g -> named.merge(g, 10, Integer::sum)));
        List<WorkerDocument> workers = new ArrayList<>();
        for (int i = 0; i < workerCount; i++) {
            Place home = pick(origins, random);
            Tradition tradition = traditions.get(home.code());
            List<String> desired = new ArrayList<>();
            desired.add(random.nextDouble() < 0.4 ? pick(byGroup.get(tradition.groups().get(0)), random) : pick(occupations, random));
            if (random.nextDouble() < 0.5) {
                desired.add(pick(occupations, random));
            }
            Set<String> willing = new HashSet<>();
            for (String p : tradition.prefectures()) {
                if (!p.startsWith("52") && random.nextDouble() < 0.7) {
                    willing.add(p.substring(0, 2) + "0000");
                }
            }
            if (random.nextDouble() < 0.3) {
                willing.add(pick(eastern, random).substring(0, 2) + "0000");
            }
            workers.add(WorkerDocument.of(new LabourFileRegistered("worker-" + i, 1, home.code(), null, home.at(),
                    PovertyStatus.REGISTERED_POOR, List.of(), List.copyOf(desired), BigDecimal.valueOf(3500 + 100 * random.nextInt(26)),
                    random.nextDouble() < 0.4, null, List.copyOf(willing), List.of(JobType.REGULAR), Instant.EPOCH)));
        }

        workers.forEach(w -> w.desiredOccupations().forEach(c -> named.merge(c.substring(0, 4), 1, Integer::sum)));
        String unwanted = groups.stream().min(Comparator.comparingInt((String g) -> named.getOrDefault(g, 0))
                .thenComparing(g -> g)).orElseThrow();
        Map<String, Employer> employerById = employers.stream().collect(Collectors.toMap(Employer::id, e -> e));
        LocalDate first = LocalDate.of(2026, 1, 5);
        List<JobDocument> open = new ArrayList<>();
        List<Outcome> history = new ArrayList<>();
        int asks = 0;
        int applications = 0;
        int hires = 0;
        int[] applicationHits = new int[3];
        int[] hireHits = new int[3];
        int posted = 0;
        for (int day = 0; day < weeks * 7; day++) {
            LocalDate today = first.plusDays(day);
            Instant now = today.atTime(10, 0).toInstant(ZoneOffset.UTC);
            open.removeIf(j -> j.expiresOn().isBefore(today));
            for (int i = 0; i < POSTINGS_A_DAY; i++) {
                Employer employer = pick(employers, random);
                Place where = pick(byPrefecture.get(employer.prefecture()), random);
                int pay = (int) (MINIMUM_WAGE.get(where.code().substring(0, 2)) * (1.3 + 2.2 * random.nextDouble()));
                open.add(JobDocument.of(new PostingPublished("posting-" + posted++, 1, employer.id(), "t",
                        pick(byGroup.get(pick(employer.groups(), random)), random), JobType.REGULAR, where.code(), where.at(),
                        BigDecimal.valueOf(pay * 8 / 10), BigDecimal.valueOf(pay), 5, 5, List.of(), true, true, false, null,
                        today.plusDays(30), now), now));
            }
            if (flood) {
                for (Place origin : origins) {
                    for (int i = 0; i < 30; i++) {
                        history.add(new Outcome(origin.code(), "made-up-" + day + "-" + i, "flooder", unwanted,
                                eastern.get(0), PlacementDocument.HIRED));
                    }
                }
            }
            Map<String, CountyPlacements> learned = learned(history, origins);
            for (int a = 0; a < ASKS_A_DAY; a++) {
                WorkerDocument worker = pick(workers, random);
                Tradition tradition = traditions.get(worker.householdRegion());
                List<JobDocument> eligible = open.stream().filter(j -> ranking.eligible(worker, j, today)).toList();
                if (eligible.isEmpty()) {
                    continue;
                }
                Set<String> without = top(eligible, j -> ranking.score(worker, CountyPlacements.none(worker.householdRegion()), j, now));
                Set<String> with = top(eligible, j -> ranking.score(worker, learned.get(worker.householdRegion()), j, now));
                // the worker's own choice, whatever the platform showed: what they prefer, and chance
                Set<String> ceiling = top(eligible, j -> preference(worker, tradition, j));
                JobDocument preferred = null;
                double best = Double.NEGATIVE_INFINITY;
                for (JobDocument j : eligible) {
                    double u = preference(worker, tradition, j) - Math.log(-Math.log(random.nextDouble()));
                    if (u > best) {
                        best = u;
                        preferred = j;
                    }
                }
                JobDocument chosen = preferred;
                asks++;
                if (random.nextDouble() > 0.7) {
                    continue; // asked, applied to nothing
                }
                // the employer hires the applicant who does the work it asks for more often than one who does not
                boolean fits = worker.desiredOccupations().stream().anyMatch(c -> c.startsWith(chosen.occupationGroup()));
                boolean hired = random.nextDouble() < (fits ? 0.7 : 0.35);
                boolean counted = day >= 14;
                if (counted) {
                    applications++;
                    applicationHits[0] += without.contains(chosen.postingId()) ? 1 : 0;
                    applicationHits[1] += with.contains(chosen.postingId()) ? 1 : 0;
                    applicationHits[2] += ceiling.contains(chosen.postingId()) ? 1 : 0;
                    if (hired) {
                        hires++;
                        hireHits[0] += without.contains(chosen.postingId()) ? 1 : 0;
                        hireHits[1] += with.contains(chosen.postingId()) ? 1 : 0;
                        hireHits[2] += ceiling.contains(chosen.postingId()) ? 1 : 0;
                    }
                }
                history.add(new Outcome(worker.householdRegion(), worker.workerId(), chosen.employerId(),
                        chosen.occupationGroup(), chosen.workPrefecture(), hired ? PlacementDocument.HIRED : PlacementDocument.APPLIED));
                if (hired && random.nextDouble() < (employerById.get(chosen.employerId()).churning() ? 0.7 : 0.1)) {
                    history.add(new Outcome(worker.householdRegion(), worker.workerId(), chosen.employerId(),
                            chosen.occupationGroup(), chosen.workPrefecture(), PlacementDocument.ENDED_EARLY));
                }
            }
        }
        return new Figures(asks, applications, hires, applicationHits, hireHits);
    }

    /**
     * What a worker prefers in a posting, before chance: the occupation they named (and its group), their county's
     * tradition of groups and places, which the labour file does not say, nearness and pay.
     */
    static double preference(WorkerDocument worker, Tradition tradition, JobDocument j) {
        double km = RecommendationExplainer.kilometres(worker.home(), j.location());
        return (worker.desiredOccupations().contains(j.occupationCode()) ? 2.0 : 0)
                + (worker.desiredOccupations().stream().anyMatch(c -> c.startsWith(j.occupationGroup())) ? 1.0 : 0)
                + 2.5 * tradition.group(j.occupationGroup()) + 2.0 * tradition.prefecture(j.workPrefecture())
                + 50 / (50 + km) + 0.5 * j.payMax().doubleValue() / (j.payMax().doubleValue()
                        + worker.expectedMonthlyPay().doubleValue());
    }

    /** Each county's placements from the outcomes so far, as matching-service aggregates its placement indexes. */
    static Map<String, CountyPlacements> learned(List<Outcome> history, List<Place> origins) {
        Map<String, CountyPlacements> learned = new HashMap<>();
        Map<String, List<Outcome>> byCounty = history.stream().collect(Collectors.groupingBy(Outcome::county));
        for (Place origin : origins) {
            List<Outcome> outcomes = byCounty.getOrDefault(origin.code(), List.of());
            long workers = outcomes.stream().map(Outcome::worker).distinct().count();
            long employers = outcomes.stream().map(Outcome::employer).distinct().count();
            learned.put(origin.code(), CountyPlacements.of(origin.code(), workers, employers,
                    cells(outcomes, Outcome::group), cells(outcomes, Outcome::prefecture), Instant.EPOCH));
        }
        return learned;
    }

    static List<CountyPlacements.Cell> cells(List<Outcome> outcomes, java.util.function.Function<Outcome, String> key) {
        Map<String, List<Outcome>> byKey = outcomes.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        List<CountyPlacements.Cell> cells = new ArrayList<>();
        byKey.forEach((k, list) -> cells.add(new CountyPlacements.Cell(k,
                list.stream().collect(Collectors.groupingBy(Outcome::employer, Collectors.summingDouble(Outcome::weight))),
                list.stream().collect(Collectors.groupingBy(Outcome::worker, Collectors.summingDouble(Outcome::weight))))));
        return cells;
    }

    /** The best {@value #TOP} by score (ties by id, as the index sorts them). */
    static Set<String> top(List<JobDocument> eligible, java.util.function.ToDoubleFunction<JobDocument> score) {
        record Scored(JobDocument job, double score) {
        }
        Comparator<Scored> worstFirst = Comparator.comparingDouble(Scored::score)
                .thenComparing(s -> s.job().postingId(), Comparator.reverseOrder());
        java.util.PriorityQueue<Scored> best = new java.util.PriorityQueue<>(worstFirst);
        for (JobDocument job : eligible) {
            Scored scored = new Scored(job, score.applyAsDouble(job));
            if (best.size() < TOP) {
                best.add(scored);
            } else if (worstFirst.compare(scored, best.peek()) > 0) {
                best.poll();
                best.add(scored);
            }
        }
        return best.stream().map(s -> s.job().postingId()).collect(Collectors.toSet());
    }

    /** County-level divisions of cncity.csv with the coordinates county-coordinates.csv gives their names. */
    static Map<String, Place> counties(Path data) throws Exception {
        Map<String, GeoPoint> byName = new HashMap<>();
        List<String> lines = Files.readAllLines(data.resolve("county-coordinates.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f.length < 5) {
                continue;
            }
            byName.put(f[0] + "/" + f[2], new GeoPoint(Double.parseDouble(f[4]), Double.parseDouble(f[3])));
        }
        AdministrativeDivisions divisions = new AdministrativeDivisions(data);
        Map<String, Place> counties = new HashMap<>();
        for (String code : divisions.counties()) {
            String province = code.substring(0, 2) + "0000";
            GeoPoint at = byName.get(divisions.find(province).orElseThrow().name() + "/" + divisions.find(code).orElseThrow().name());
            if (at != null) {
                counties.put(code, new Place(code, code.substring(0, 4) + "00", province, at));
            }
        }
        return counties;
    }

    static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    static List<String> distinct(List<String> from, int n, Random random) {
        List<String> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, n));
    }
}
