import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.laborlink.platform.reference.OccupationClassification;
import org.laborlink.platform.reference.OccupationClassification.Occupation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Benchmark of title normalisation (prints figures, asserts nothing; run by deploy/local/benchmarks/title-normalisation)
 * through the gateway with an officer's real token, on labelled sets of its own:
 * <ul>
 * <li>colloquial: 460 titles as recruiters and county labour bureaus write them (电子厂普工, 叉车师傅, 保洁阿姨,
 * 【急聘】CNC操机员 学徒可带), none of them a name or alias of the classification verbatim, 30 % with recruiting
 * noise, each labelled by hand with a CSCO 2022 code after reading its definition (a group code where the title is
 * truly ambiguous: any detailed code inside counts): {@code recruiters-titles.tsv} beside this file;</li>
 * <li>colloquial, misspelt: the same titles with a character dropped or two swapped, spaces and emoji;</li>
 * <li>composed: an occupation's name or alias with what recruiters put around it (急招, a city, 包吃住, pay, counts,
 * brackets), drawn from CSCO 2022 (read with the platform's own reader) with a fixed seed.</li>
 * </ul>
 * For each: top-1 and top-5 accuracy, the right 2nd-level group at top-1, and the latency of each title. The
 * service's own accuracy over its held-out aliases (GET /api/v1/occupations/normalize/accuracy) is printed beside.
 */
public class TitleNormalisation {

    static final List<String> LEADS = List.of("急招", "诚聘", "高薪招聘", "直招", "【急】", "招");
    static final List<String> CITIES = List.of("杭州", "宁波", "深圳", "东莞", "贵阳", "凯里", "温州", "苏州");
    static final List<String> TAILS = List.of("包吃住", "五险一金", "月薪6000-8000", "8000+", "长白班", "可兼职", "日结",
            "男女不限", "18-45岁", "双休", "包住");
    static final List<String> VARIANTS = List.of("学徒", "师傅", "助理", "组长");
    static final List<String> EMOJI = List.of("🔥", "💰", "✨");

    record Labelled(String kind, String title, String code) {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String token = args[1];
        Path data = Path.of(args[2]);
        Path own = Path.of(args[3]);
        int composed = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        OccupationClassification classification = new OccupationClassification(data);
        Random random = new Random(19);
        List<Labelled> titles = new ArrayList<>();
        for (String line : Files.readAllLines(own).subList(1, Files.readAllLines(own).size())) {
            String[] f = line.split("\t");
            titles.add(new Labelled("colloquial", f[0], f[1]));
        }
        for (Labelled t : List.copyOf(titles)) {
            titles.add(new Labelled("colloquial, misspelt", noisy(t.title(), random), t.code()));
        }
        titles.addAll(composed(classification, composed, random));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper json = new ObjectMapper();

        HttpResponse<String> accuracy = http.send(HttpRequest.newBuilder(URI.create(gateway
                + "/api/v1/occupations/normalize/accuracy")).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode held = json.readTree(accuracy.body());
        System.out.printf("held-out aliases (the service's accuracy endpoint): %d titles, top-1 %.1f %%, top-5 %.1f %%%n",
                held.path("titles").asInt(), 100 * held.path("top1Rate").asDouble(), 100 * held.path("top5Rate").asDouble());

        for (int warm = 0; warm < 200; warm++) {
            normalise(http, json, gateway, token, "预热" + titles.get(warm).title());
        }
        Map<String, List<long[]>> byKind = new LinkedHashMap<>();
        for (Labelled t : titles) {
            long start = System.nanoTime();
            List<String> codes = normalise(http, json, gateway, token, t.title());
            long micros = (System.nanoTime() - start) / 1000;
            int top1 = !codes.isEmpty() && right(classification, codes.get(0), t.code()) ? 1 : 0;
            int top5 = codes.stream().anyMatch(c -> right(classification, c, t.code())) ? 1 : 0;
            int group = !codes.isEmpty() && codes.get(0).startsWith(t.code().substring(0, 4)) ? 1 : 0;
            byKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(new long[] {top1, top5, group, micros});
        }
        byKind.forEach((kind, results) -> print(kind, results));
        print("all", byKind.values().stream().flatMap(List::stream).toList());
    }

    /** A detailed label is right only as itself; a group label (levels 2 and 3) takes any code inside it. */
    static boolean right(OccupationClassification classification, String got, String want) {
        int level = classification.find(want).map(Occupation::level).orElse(4);
        return switch (level) {
            case 2 -> got.startsWith(want.substring(0, 4));
            case 3 -> got.startsWith(want.substring(0, 7));
            default -> got.equals(want);
        };
    }

    static void print(String kind, List<long[]> results) {
        int n = results.size();
        long[] micros = results.stream().mapToLong(r -> r[3]).sorted().toArray();
        System.out.printf("%-20s %4d titles: top-1 %5.1f %%, top-5 %5.1f %%, group at top-1 %5.1f %%; "
                + "per title p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", kind, n, 100.0 * sum(results, 0) / n,
                100.0 * sum(results, 1) / n, 100.0 * sum(results, 2) / n, micros[n / 2] / 1000.0,
                micros[(int) (n * 0.95)] / 1000.0, micros[Math.min(n - 1, (int) (n * 0.99))] / 1000.0);
    }

    static long sum(List<long[]> results, int i) {
        return results.stream().mapToLong(r -> r[i]).sum();
    }

    static List<String> normalise(HttpClient http, ObjectMapper json, String gateway, String token, String title)
            throws Exception {
        String body = json.writeValueAsString(Map.of("title", title, "limit", 5));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/occupations/normalize"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        json.readTree(response.body()).path("matches").forEach(m -> codes.add(m.path("code").asText()));
        return codes;
    }

    /** Titles composed from names and aliases of the service and production categories. */
    static List<Labelled> composed(OccupationClassification classification, int count, Random random) {
        List<Occupation> pool = new ArrayList<>(classification.detailedOccupations().stream()
                .filter(o -> o.code().startsWith("4-") || o.code().startsWith("6-")).toList());
        java.util.Collections.shuffle(pool, random);
        List<Labelled> titles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Occupation o = pool.get(i % pool.size());
            titles.add(new Labelled("composed", recruiters(core(o, random), random), o.code()));
        }
        return titles;
    }

    /** The name or one of the aliases, as recruiters vary it. */
    static String core(Occupation o, Random random) {
        List<String> forms = new ArrayList<>(List.of(o.name()));
        if (o.aliases() != null) {
            Arrays.stream(o.aliases().split("[,，/]")).map(String::strip).filter(a -> !a.isEmpty()).forEach(forms::add);
        }
        String core = forms.get(random.nextInt(forms.size()));
        double roll = random.nextDouble();
        if (roll < 0.15 && core.endsWith("人员") && core.length() > 3) {
            core = core.substring(0, core.length() - 2);
        } else if (roll < 0.3 && core.endsWith("员") && core.length() > 2) {
            core = core.substring(0, core.length() - 1) + "工";
        } else if (roll < 0.45) {
            core = core + VARIANTS.get(random.nextInt(VARIANTS.size()));
        }
        return core;
    }

    static String recruiters(String core, Random random) {
        StringBuilder title = new StringBuilder();
        if (random.nextDouble() < 0.5) {
            title.append(LEADS.get(random.nextInt(LEADS.size())));
        }
        if (random.nextDouble() < 0.3) {
            String city = CITIES.get(random.nextInt(CITIES.size()));
            title.append(random.nextBoolean() ? city : "【" + city + "】");
        }
        title.append(core);
        if (random.nextDouble() < 0.2) {
            title.append(1 + random.nextInt(20)).append("名");
        }
        int tails = random.nextDouble() < 0.6 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < tails; i++) {
            String tail = TAILS.get(random.nextInt(TAILS.size()));
            title.append(switch (random.nextInt(3)) {
                case 0 -> " " + tail;
                case 1 -> "（" + tail + "）";
                default -> "，" + tail;
            });
        }
        return title.toString();
    }

    static String noisy(String title, Random random) {
        StringBuilder noisy = new StringBuilder(title);
        int at = random.nextInt(Math.max(1, noisy.length() - 1));
        switch (random.nextInt(3)) {
            case 0 -> noisy.deleteCharAt(at);
            case 1 -> {
                char c = noisy.charAt(at);
                noisy.setCharAt(at, noisy.charAt(at + 1));
                noisy.setCharAt(at + 1, c);
            }
            default -> noisy.insert(at, " ");
        }
        if (random.nextDouble() < 0.3) {
            noisy.insert(0, EMOJI.get(random.nextInt(EMOJI.size())));
        }
        return noisy.toString();
    }
}
