import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The recommendation benchmark's data (deploy/local/benchmarks/recommendations runs it):
 *   load OPENSEARCH DATA_DIR POSTINGS WORKERS OUT_DIR   realistic open postings and Guizhou workers, written in bulk
 *        straight into matching's jobs and workers aliases as matching-service indexes them (ids bench-...); writes
 *        OUT_DIR/workers.json: each worker's id and the naive recommendation query for it (see ../shared/INFRA.md)
 *   clean OPENSEARCH                                    deletes every bench- document
 * Postings: real county codes with their coordinates, weighted towards the eastern provinces migrants go to, CSCO
 * 2022 occupations of the service and production categories (a few hundred common ones most often), pay from 1.3 to
 * 3.5 times the province's minimum wage, required skills of the same occupation group, published over the last 30
 * days, expiring within 60.
 */
public class MatchingBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build(); // HTTP/2 upgrades failed on large responses (HPACK limits)
    private static final String[] LEVELS = {"BASIC", "SKILLED", "CERTIFIED"};
    /** Where migrants from Guizhou go, and how much of the country's postings each holds. */
    private static final Map<String, Double> DESTINATIONS = Map.of("440000", 0.20, "330000", 0.15, "320000", 0.12,
            "350000", 0.08, "310000", 0.05);
    private static final String[] TYPES = {"REGULAR", "REGULAR", "REGULAR", "REGULAR", "REGULAR", "REGULAR", "REGULAR",
            "REGULAR", "CARING_JOB", "WORKSHOP_JOB", "TEMPORARY_POST", "REGULAR", "REGULAR", "REGULAR", "REGULAR",
            "REGULAR", "REGULAR", "WORKSHOP_JOB", "PUBLIC_WELFARE_POST", "REGULAR"};

    /** How many workers the repeated-ask runs draw from (workers-repeated.json; each asked once before they run). */
    static final int REPEATED = 2000;

    record County(String code, String province, double lat, double lon) {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Path.of(args[5]));
            case "clean" -> clean(args[1]);
            case "check" -> check(args[1], args[2], Path.of(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("load | clean | check");
        }
    }

    static void load(String os, Path data, int postings, int workers, Path out) throws Exception {
        Random random = new Random(20261124L);
        List<County> counties = counties(data);
        Map<String, List<County>> byProvince = counties.stream().collect(Collectors.groupingBy(County::province));
        List<String> occupations = occupations(data);
        long started = System.nanoTime();
        // above any version a document of an earlier run (or its deletion) left behind
        long version = System.currentTimeMillis();
        settings(os, "jobs", "-1");
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < postings; i++) {
            County c = postingCounty(random, counties, byProvince);
            bulk.append("{\"index\":{\"_index\":\"jobs\",\"_id\":\"bench-p-").append(i)
                    .append("\",\"version\":").append(version).append(",\"version_type\":\"external\"}}\n").append(posting(random, i, c, occupations))
                    .append('\n');
            if ((i + 1) % 5000 == 0) {
                send(os, bulk);
            }
        }
        send(os, bulk);
        settings(os, "jobs", "500ms");
        post(os, "/jobs/_refresh", "");
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "loaded %,d postings in %.1f s (%,.0f docs/s)%n", postings, seconds, postings / seconds);

        List<County> guizhou = byProvince.get("520000");
        StringBuilder feeder = new StringBuilder("[\n");
        StringBuilder repeated = new StringBuilder("[\n");
        for (int i = 0; i < workers; i++) {
            County home = guizhou.get(random.nextInt(guizhou.size()));
            Worker w = worker(random, version + "-" + i, home, occupations);
            bulk.append("{\"index\":{\"_index\":\"workers\",\"_id\":\"").append(w.id)
                    .append("\",\"version\":").append(version).append(",\"version_type\":\"external\"}}\n").append(w.document()).append('\n');
            String entry = "{\"workerId\":\"" + w.id + "\",\"naive\":" + quote(w.naiveQuery()) + "}";
            feeder.append(i == 0 ? "" : ",\n").append(entry);
            if (i >= workers - REPEATED) { // the last ones: the first-ask run takes workers from the start
                repeated.append(i == workers - Math.min(REPEATED, workers) ? "" : ",\n").append(entry);
            }
            if ((i + 1) % 5000 == 0) {
                send(os, bulk);
            }
        }
        send(os, bulk);
        post(os, "/workers/_refresh", "");
        Files.createDirectories(out);
        Files.writeString(out.resolve("workers.json"), feeder.append("\n]\n"));
        Files.writeString(out.resolve("workers-repeated.json"), repeated.append("\n]\n"));
        System.out.printf(Locale.ROOT, "loaded %,d workers of Guizhou; the feeder is %s%n", workers, out.resolve("workers.json"));
    }

    /**
     * For the first {@code n} workers of the feeder: is the first page the platform serves (limit 20: a kept list,
     * ranked among the candidates when that is exact) the top 20 of the whole index ranked for the worker (limit
     * 51: more than a kept list holds, so ranked from the whole index, as of now)? Scores of a list ranked a moment
     * earlier differ in the last digits (freshness), so postings whose scores are within 0.001 of each other may
     * stand in either order, also across the 20th place; any other difference is a wrong page. Prints the counts.
     */
    static void check(String gateway, String token, Path out, int n) throws Exception {
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"workerId\":\"([^\"]+)\"")
                .matcher(Files.readString(out.resolve("workers.json")));
        while (m.find() && ids.size() < n) {
            ids.add(m.group(1));
        }
        int same = 0;
        int tiesOnly = 0;
        List<String> differing = new ArrayList<>();
        for (String id : ids) {
            Map<String, Double> kept = scored(get(gateway + "/api/v1/workers/" + id + "/recommendations?limit=20", token));
            Map<String, Double> whole = scored(get(gateway + "/api/v1/workers/" + id + "/recommendations?limit=51", token));
            List<String> keptOrder = List.copyOf(kept.keySet());
            List<String> wholeOrder = List.copyOf(whole.keySet()).subList(0, Math.min(keptOrder.size(), whole.size()));
            if (keptOrder.equals(wholeOrder)) {
                same++;
                continue;
            }
            double last = wholeOrder.isEmpty() ? 0 : whole.get(wholeOrder.get(wholeOrder.size() - 1));
            boolean onlyTies = true;
            for (int i = 0; i < keptOrder.size() && onlyTies; i++) {
                Double a = whole.get(keptOrder.get(i));
                if (a == null || (!wholeOrder.contains(keptOrder.get(i)) && Math.abs(a - last) > 1e-3)) {
                    onlyTies = false; // a posting of the kept page the whole ranking puts clearly lower
                }
                for (int j = i + 1; j < keptOrder.size() && onlyTies && a != null; j++) {
                    Double b = whole.get(keptOrder.get(j));
                    onlyTies = b == null || b <= a + 1e-3;
                }
            }
            if (onlyTies) {
                tiesOnly++;
            } else if (differing.size() < 3) {
                differing.add(id);
            }
        }
        System.out.printf(Locale.ROOT, "first pages the same as the whole index's ranking: %d of %d, %d more differing "
                + "only among scores within 0.001; wrong: %d%s%n", same, ids.size(), tiesOnly, ids.size() - same - tiesOnly,
                differing.isEmpty() ? "" : " (e.g. " + differing + ")");
    }

    /** The postings of a page in its order, with their scores. */
    private static Map<String, Double> scored(String page) {
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\"postingId\":\"([^\"]+)\".*?\"score\":([0-9.Ee+-]+)").matcher(page);
        while (m.find()) {
            scores.putIfAbsent(m.group(1), Double.parseDouble(m.group(2)));
        }
        return scores;
    }

    private static String get(String url, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static void clean(String os) throws Exception {
        for (String alias : List.of("jobs", "workers")) {
            String field = alias.equals("jobs") ? "postingId" : "workerId";
            String answer = post(os, "/" + alias + "/_delete_by_query?conflicts=proceed&refresh=true&slices=auto",
                    "{\"query\":{\"prefix\":{\"" + field + "\":\"bench-\"}}}");
            System.out.println(alias + ": " + answer.replaceAll(".*\"deleted\":(\\d+).*", "$1") + " bench documents deleted");
        }
    }

    private static County postingCounty(Random random, List<County> counties, Map<String, List<County>> byProvince) {
        double r = random.nextDouble();
        for (var d : DESTINATIONS.entrySet()) {
            if ((r -= d.getValue()) < 0) {
                List<County> in = byProvince.get(d.getKey());
                return in.get(random.nextInt(in.size()));
            }
        }
        return counties.get(random.nextInt(counties.size()));
    }

    private static String posting(Random random, int i, County c, List<String> occupations) {
        String occupation = occupation(random, occupations);
        double wage = minimumWage(c.province);
        String type = TYPES[random.nextInt(TYPES.length)];
        long payMin = type.equals("PUBLIC_WELFARE_POST") ? 400 + random.nextInt(500)
                : Math.round(wage * (1.3 + random.nextDouble() * 2.2) / 100) * 100;
        if (type.equals("CARING_JOB")) {
            payMin = Math.max(payMin, 4500);
        }
        long payMax = type.equals("PUBLIC_WELFARE_POST") ? Math.round(wage / 2)
                : payMin + Math.round(payMin * random.nextDouble() * 0.3 / 100) * 100;
        int headcount = 1 + random.nextInt(50);
        List<String> must = new ArrayList<>();
        List<String> nice = new ArrayList<>();
        StringBuilder required = new StringBuilder("[");
        int skills = random.nextInt(4);
        for (int s = 0; s < skills; s++) {
            String code = s == 0 ? occupation : occupation(random, occupations);
            String level = LEVELS[random.nextInt(s == 0 ? 3 : 2)];
            boolean mustHave = s < 2;
            (mustHave ? must : nice).add(code + "|" + level);
            required.append(s == 0 ? "" : ",").append("{\"code\":\"").append(code).append("\",\"level\":\"").append(level)
                    .append("\",\"mustHave\":").append(mustHave).append('}');
        }
        required.append(']');
        double lat = c.lat + (random.nextDouble() - 0.5) * 0.2;
        double lon = c.lon + (random.nextDouble() - 0.5) * 0.2;
        Instant published = Instant.now().minusSeconds(random.nextInt(30 * 86400));
        return String.format(Locale.ROOT, "{\"postingId\":\"bench-p-%d\",\"version\":1,\"employerId\":\"bench-employer-%d\","
                + "\"title\":\"%s\",\"occupationCode\":\"%s\",\"occupationGroup\":\"%s\",\"occupationCategory\":\"%s\","
                + "\"jobType\":\"%s\",\"workRegion\":\"%s\",\"workPrefecture\":\"%s\",\"workProvince\":\"%s\","
                + "\"location\":{\"lat\":%.4f,\"lon\":%.4f},\"payMin\":%d,\"payMax\":%d,\"payFeature\":%d,\"headcount\":%d,"
                + "\"placesLeft\":%d,\"mustHaveSkills\":%s,\"niceToHaveSkills\":%s,\"mustHaveSkillLevels\":%s,"
                + "\"niceToHaveSkillLevels\":%s,\"requiredSkills\":%s,\"accommodation\":%b,\"meals\":%b,\"transport\":%b,"
                + "\"expiresOn\":\"%s\",\"publishedAt\":\"%s\",\"status\":\"OPEN\"}",
                i, random.nextInt(20000), "招聘 " + occupation, occupation, occupation.substring(0, 4),
                occupation.substring(0, 1), type, c.code, c.code.substring(0, 4) + "00", c.province, lat, lon, payMin,
                payMax, payMax, headcount, 1 + random.nextInt(headcount), array(codes(must)), array(codes(nice)),
                array(must), array(nice), required, random.nextBoolean(), random.nextBoolean(), random.nextInt(4) == 0,
                LocalDate.now().plusDays(1 + random.nextInt(60)), published);
    }

    record Worker(String id, County home, List<String> desired, List<String[]> skills, long expectedPay,
            List<String> migrateTo, List<String> types) {

        String document() {
            return String.format(Locale.ROOT, "{\"workerId\":\"%s\",\"version\":1,\"householdRegion\":\"%s\","
                    + "\"householdProvince\":\"520000\",\"home\":{\"lat\":%.4f,\"lon\":%.4f},\"povertyStatus\":\"REGISTERED_POOR\","
                    + "\"skills\":[%s],\"skillCodes\":%s,\"desiredOccupations\":%s,\"expectedMonthlyPay\":%d,"
                    + "\"acceptsLowerPay\":false,\"willingToMigrateTo\":%s,\"acceptedJobTypes\":%s}",
                    id, home.code, home.lat, home.lon,
                    skills.stream().map(s -> "{\"code\":\"" + s[0] + "\",\"level\":\"" + s[1] + "\"}")
                            .collect(Collectors.joining(",")),
                    array(skills.stream().map(s -> s[0]).toList()), array(desired), expectedPay, array(migrateTo),
                    array(types));
        }

        /**
         * The naive per-request query of ../shared/INFRA.md "Measured limits": hard filters, then a function_score of
         * skill terms, occupation, occupation group, gauss on location (50 km) and on publication (14 d), log1p pay.
         */
        String naiveQuery() {
            List<String> provinces = new ArrayList<>(migrateTo);
            provinces.add(0, "520000");
            String skillTerms = array(skills.stream().map(s -> s[0]).toList());
            return String.format(Locale.ROOT, "{\"size\":20,\"query\":{\"function_score\":{\"query\":{\"bool\":{"
                    + "\"filter\":[{\"term\":{\"status\":\"OPEN\"}},{\"range\":{\"expiresOn\":{\"gte\":\"now/d\"}}},"
                    + "{\"range\":{\"placesLeft\":{\"gt\":0}}},{\"bool\":{\"minimum_should_match\":1,\"should\":["
                    + "{\"terms\":{\"jobType\":%s}},{\"term\":{\"jobType\":\"CARING_JOB\"}}]}},"
                    + "{\"terms\":{\"workProvince\":%s}},{\"bool\":{\"minimum_should_match\":1,\"should\":["
                    + "{\"range\":{\"payMax\":{\"gte\":%d}}},{\"term\":{\"jobType\":\"CARING_JOB\"}}]}}],"
                    + "\"should\":[{\"constant_score\":{\"boost\":0.1,\"filter\":{\"match_all\":{}}}},"
                    + "{\"terms\":{\"mustHaveSkills\":%s,\"boost\":2}},{\"terms\":{\"niceToHaveSkills\":%s,\"boost\":1}},"
                    + "{\"terms\":{\"occupationCode\":%s,\"boost\":3}},{\"terms\":{\"occupationGroup\":%s,\"boost\":1.5}}]}},"
                    + "\"functions\":[{\"gauss\":{\"location\":{\"origin\":{\"lat\":%.4f,\"lon\":%.4f},\"scale\":\"50km\"}}},"
                    + "{\"gauss\":{\"publishedAt\":{\"origin\":\"now\",\"scale\":\"14d\"}}},"
                    + "{\"field_value_factor\":{\"field\":\"payMax\",\"modifier\":\"log1p\",\"missing\":1}}],"
                    + "\"score_mode\":\"multiply\",\"boost_mode\":\"multiply\"}}}",
                    array(types), array(provinces), expectedPay, skillTerms, skillTerms, array(desired),
                    array(desired.stream().map(d -> d.substring(0, 4)).distinct().toList()), home.lat, home.lon);
        }
    }

    /** A worker of this run: ids new each run, so no list matching-service kept from an earlier run is theirs. */
    private static Worker worker(Random random, String run, County home, List<String> occupations) {
        List<String> desired = new ArrayList<>();
        for (int d = 0, n = 1 + random.nextInt(3); d < n; d++) {
            desired.add(occupation(random, occupations));
        }
        List<String[]> skills = new ArrayList<>();
        for (int s = 0, n = 1 + random.nextInt(4); s < n; s++) {
            skills.add(new String[] {s < desired.size() ? desired.get(s) : occupation(random, occupations),
                    LEVELS[random.nextInt(3)]});
        }
        List<String> destinations = new ArrayList<>(DESTINATIONS.keySet().stream().sorted().toList());
        java.util.Collections.shuffle(destinations, random);
        List<String> types = random.nextInt(5) == 0 ? List.of("REGULAR", "CARING_JOB", "WORKSHOP_JOB", "TEMPORARY_POST")
                : List.of("REGULAR", "CARING_JOB");
        return new Worker("bench-w-" + run, home, desired, skills, 3000 + 100L * random.nextInt(31),
                destinations.subList(0, random.nextInt(3)), types);
    }

    /** Common occupations more often: the first 300 of the shuffled list take three draws in four. */
    private static String occupation(Random random, List<String> occupations) {
        return occupations.get(random.nextInt(4) < 3 ? random.nextInt(Math.min(300, occupations.size()))
                : random.nextInt(occupations.size()));
    }

    private static double minimumWage(String province) {
        return switch (province) {
            case "310000" -> 2690;
            case "320000", "330000" -> 2490;
            case "440000" -> 2500;
            case "110000" -> 2420;
            case "520000" -> 1890;
            default -> 2100;
        };
    }

    /** Detailed occupations of the service (4) and production (6) categories, shuffled by a fixed seed. */
    private static List<String> occupations(Path data) throws IOException {
        List<String> codes = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("csco22.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(",", 3);
            if (f.length > 1 && f[0].equals("4") && (f[1].startsWith("4") || f[1].startsWith("6"))) {
                codes.add(f[1]);
            }
        }
        java.util.Collections.shuffle(codes, new Random(7));
        return codes;
    }

    /** County codes of cncity.csv joined by name to their coordinates in county-coordinates.csv. */
    private static List<County> counties(Path data) throws IOException {
        Map<String, double[]> coordinates = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("county-coordinates.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            if (f.length >= 5 && !f[0].equals("province")) {
                coordinates.put(f[0] + "," + f[2], new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[3])});
            }
        }
        List<County> counties = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("cncity.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(",", 6);
            if (f.length < 6 || f[0].endsWith("00")) { // counties (of municipalities too), not prefectures
                continue;
            }
            String[] names = f[5].replaceAll("^\"|\".*$", "").split(",");
            double[] at = coordinates.get(names[0] + "," + names[names.length - 1]);
            if (at != null) {
                counties.add(new County(f[0], f[0].substring(0, 2) + "0000", at[0], at[1]));
            }
        }
        return counties;
    }

    private static List<String> codes(List<String> skillLevels) {
        return skillLevels.stream().map(s -> s.substring(0, s.indexOf('|'))).toList();
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String quote(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void settings(String os, String index, String refresh) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(os + "/" + index + "/_settings"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"index\":{\"refresh_interval\":\"" + refresh + "\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("settings: " + r.body());
        }
    }

    private static void send(String os, StringBuilder bulk) throws Exception {
        if (bulk.isEmpty()) {
            return;
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(os + "/_bulk"))
                .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || r.body().contains("\"errors\":true")) {
            throw new IOException("bulk: " + r.body().substring(0, Math.min(2000, r.body().length())));
        }
        bulk.setLength(0);
    }

    private static String post(String os, String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(os + path))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
