import java.io.BufferedWriter;
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
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The worker-import benchmark's two halves (deploy/local/benchmarks/worker-import runs them):
 *   generate N FILE DATA_DIR PROVINCE   realistic labour files as import CSV: valid, distinct resident ID numbers of the
 *                                        province's real counties, CSCO 2022 occupations, pay, wishes, phones
 *   import URL TOKEN FILE               POST the file to /api/v1/worker-imports, wait for the import to finish, print
 *                                        "seconds processingSeconds rowsDone failed registered updated unchanged"
 */
public class WorkerImportBenchmark {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗龙吴杨石潘";
    private static final String GIVEN = "明华建国军伟芳娜秀英敏静丽强磊洋艳勇杰娟涛超兰霞平刚桂英";
    private static final String[] POVERTY = {"REGISTERED_POOR", "REGISTERED_POOR", "LIFTED_OUT", "LIFTED_OUT", "AT_RISK",
            "RELOCATED_EX_SITU", "NONE"};
    private static final String[] LEVELS = {"NONE", "BASIC", "BASIC", "SKILLED", "CERTIFIED"};
    private static final String[] EDUCATION = {"PRIMARY", "JUNIOR_SECONDARY", "JUNIOR_SECONDARY", "SENIOR_SECONDARY", "VOCATIONAL"};
    private static final String[] EAST = {"440000", "330000", "320000", "310000", "350000", "370000", "110000"};
    private static final String[] JOB_TYPES = {"REGULAR", "CARING_JOB", "PUBLIC_WELFARE_POST", "TEMPORARY_POST", "WORKSHOP_JOB"};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]), args[4]);
            case "import" -> runImport(args[1], args[2], Path.of(args[3]));
            default -> throw new IllegalArgumentException("generate | import");
        }
    }

    static void generate(int n, Path file, Path data, String province) throws IOException {
        String prefix = province.substring(0, 2);
        List<String> counties = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("cncity.csv"))) {
            String[] f = line.split(",", 5);
            if (f[0].startsWith(prefix) && "3".equals(f[3]) && !f[0].endsWith("00")) {
                counties.add(f[0]);
            }
        }
        List<String> occupations = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("csco22.csv"))) {
            String[] f = line.split(",", 3);
            if ("4".equals(f[0]) && !f[1].endsWith("-00")) {
                occupations.add(f[1]);
            }
        }
        Random random = new Random(n);
        LocalDate oldest = LocalDate.of(1966, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("name,idNumber,phone,householdRegion,currentRegion,povertyStatus,povertyStatusYear,householdId,"
                    + "disability,educationLevel,skills,desiredOccupations,expectedMonthlyPay,availableFrom,"
                    + "willingToMigrateTo,acceptedJobTypes,willingToTrain,trainingWishes\n");
            for (int i = 0; i < n; i++) {
                // distinct IDs: county, then birth date, then the 3-digit sequence vary with the row number
                String county = counties.get(i % counties.size());
                int rest = i / counties.size();
                LocalDate birth = oldest.plusDays(rest % (39 * 365));
                int sequence = rest / (39 * 365);
                String id = residentId(county, birth, sequence);
                StringBuilder skills = new StringBuilder();
                int skillCount = random.nextInt(3);
                for (int s = 0; s < skillCount; s++) {
                    String level = LEVELS[random.nextInt(LEVELS.length)];
                    skills.append(s == 0 ? "" : ";").append(occupations.get(random.nextInt(occupations.size())))
                            .append(':').append(level).append("CERTIFIED".equals(level) ? ":ZS" + (100000 + random.nextInt(900000)) : "");
                }
                String desired = occupations.get(random.nextInt(occupations.size()))
                        + (random.nextBoolean() ? ";" + occupations.get(random.nextInt(occupations.size())) : "");
                String migrate = random.nextInt(3) == 0 ? "" : EAST[random.nextInt(EAST.length)] + ";" + EAST[random.nextInt(EAST.length)];
                String types = JOB_TYPES[random.nextInt(JOB_TYPES.length)] + ";REGULAR";
                boolean train = random.nextBoolean();
                out.write(String.join(",",
                        SURNAMES.charAt(random.nextInt(SURNAMES.length())) + "" + GIVEN.charAt(random.nextInt(GIVEN.length()))
                                + (random.nextBoolean() ? "" + GIVEN.charAt(random.nextInt(GIVEN.length())) : ""),
                        id,
                        "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)),
                        county,
                        random.nextInt(4) == 0 ? counties.get(random.nextInt(counties.size())) : county,
                        POVERTY[random.nextInt(POVERTY.length)],
                        String.valueOf(2014 + random.nextInt(12)),
                        "H" + county + (i / 4),
                        random.nextInt(30) == 0 ? "true" : "false",
                        EDUCATION[random.nextInt(EDUCATION.length)],
                        skills,
                        desired,
                        String.valueOf(2500 + 100 * random.nextInt(56)),
                        LocalDate.of(2026, 12, 1).plusDays(random.nextInt(120)).toString(),
                        migrate,
                        types,
                        String.valueOf(train),
                        train ? occupations.get(random.nextInt(occupations.size())) : ""));
                out.write('\n');
            }
        }
    }

    static String residentId(String county, LocalDate birth, int sequence) {
        String first17 = county + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }

    static void runImport(String base, String token, Path file) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/worker-imports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("import refused: " + accepted.statusCode() + " " + accepted.body());
        }
        String location = accepted.headers().firstValue("Location").orElseThrow();
        URI status = URI.create(base + URI.create(location).getPath());
        String body;
        while (true) {
            body = http.send(HttpRequest.newBuilder(status).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"status\":\"DONE\"") || body.contains("\"status\":\"FAILED\"")) {
                break;
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (body.contains("\"status\":\"FAILED\"")) {
            throw new IllegalStateException("import failed: " + body);
        }
        double processing = Duration.between(Instant.parse(text(body, "startedAt")), Instant.parse(text(body, "finishedAt")))
                .toMillis() / 1000.0;
        System.out.printf("%.2f %.2f %s %s %s %s %s%n", seconds, processing, number(body, "rowsDone"),
                number(body, "rowsFailed"), number(body, "filesRegistered"), number(body, "filesUpdated"),
                number(body, "filesUnchanged"));
    }

    private static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }
}
