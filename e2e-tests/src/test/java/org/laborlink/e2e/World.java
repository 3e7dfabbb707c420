package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.laborlink.e2e.Platform.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.laborlink.platform.testing.ResidentIds;
import org.laborlink.platform.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;

/**
 * One object of every kind the API names by id, made once per run through the gateway, with the parties who may see
 * it: what the access matrix and the fuzz suite probe. Each kind is found by the collection its id follows in a path
 * ({@code /workers/{id}}: a labour file), so a new endpoint under a known collection is probed by default, and one
 * under a new collection fails the matrix until a fixture is added here.
 */
final class World {

    /** Everyone the probes speak as: the demo accounts, a partner of each province, no token, a tampered token. */
    enum Party {
        OFFICER_KAILI, OFFICER_QIANDONGNAN, OFFICER_XICHANG, ADMIN_GUIZHOU, EMPLOYER, OTHER_EMPLOYER, WORKER,
        OTHER_WORKER, PARTNER_520000, PARTNER_510000, PROVIDER, OTHER_PROVIDER, NO_TOKEN, TAMPERED_TOKEN;

        /** The bearer token this party sends (null: none). */
        String token() {
            return switch (this) {
                case OFFICER_KAILI -> Tokens.officerKaili();
                case OFFICER_QIANDONGNAN -> Tokens.officerQiandongnan();
                case OFFICER_XICHANG -> Tokens.officerXichang();
                case ADMIN_GUIZHOU -> Tokens.adminGuizhou();
                case EMPLOYER -> Tokens.employer();
                case OTHER_EMPLOYER -> Tokens.otherEmployer();
                case WORKER -> Tokens.worker();
                case OTHER_WORKER -> Tokens.otherWorker();
                case PARTNER_520000 -> Tokens.partner("520000");
                case PARTNER_510000 -> Tokens.partner("510000");
                case PROVIDER -> Tokens.provider();
                case OTHER_PROVIDER -> Tokens.otherProvider();
                case NO_TOKEN -> null;
                case TAMPERED_TOKEN -> tampered(Tokens.adminGuizhou());
            };
        }
    }

    /** An object of one kind: its id, the party who reads it in the matrix, and everyone who may see it. */
    record Fixture(String id, Party reader, Set<Party> maySee) {
    }

    static final Set<Party> GUIZHOU_OFFICES = EnumSet.of(Party.OFFICER_KAILI, Party.OFFICER_QIANDONGNAN, Party.ADMIN_GUIZHOU);
    static final String DEMO_WORKER = "00000000-0000-4000-8000-00000000a001";
    static final String DEMO_EMPLOYER = Platform.demoEmployer();

    private static World world;

    /** Fixtures by the collection whose next path segment names them. */
    final Map<String, Fixture> byCollection = new HashMap<>();
    /** The labour file the probes are about, and its resident ID number (known only to the test that made it). */
    final String labourFile;
    final String labourFileIdNumber;
    final String posting;
    final String hire;
    final String course;

    static synchronized World get() {
        if (world == null) {
            world = new World();
        }
        return world;
    }

    private World() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> file = new HashMap<>(Platform.labourFile("矩阵 " + UUID.randomUUID()));
        // first registered in Kaili, its household county: what a masked view shows tells the most about the number
        labourFileIdNumber = ResidentIds.next(Platform.KAILI);
        file.put("idNumber", labourFileIdNumber);
        file.put("phone", "13812345678");
        labourFile = as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().statusCode(201).extract().path("id");
        Set<Party> fileReaders = union(GUIZHOU_OFFICES, EnumSet.of(Party.PARTNER_520000));
        byCollection.put("workers", new Fixture(labourFile, Party.OFFICER_KAILI, fileReaders));

        // an occupation of its own, so the posting crowds no ranked list other tests read
        Map<String, Object> job = new HashMap<>(Platform.caringJob("矩阵 " + UUID.randomUUID()));
        String occupation = Platform.randomOccupation(Platform.ELDERLY_CARE, Platform.HOUSEKEEPING);
        job.put("occupationCode", occupation);
        job.put("requiredSkills", List.of(Map.of("code", occupation, "level", "BASIC", "mustHave", false)));
        posting = as(Tokens.employer()).body(job).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        byCollection.put("jobs", new Fixture(posting, Party.EMPLOYER, EnumSet.of(Party.EMPLOYER)));

        // the demo worker (worker-demo's worker_id) applies: job-board learns of the file from workers.v1
        Map<String, Object> demo = new HashMap<>(Platform.labourFile("演示工人"));
        demo.put("id", DEMO_WORKER);
        int status = as(Tokens.officerKaili()).body(demo).post("/api/v1/workers").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("the demo worker's labour file could not be set up: " + status);
        }
        String application = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> as(Tokens.worker()).body(Map.of()).post("/api/v1/jobs/" + posting + "/applications"),
                        r -> r.statusCode() == 201).path("id");
        byCollection.put("applications", new Fixture(application, Party.EMPLOYER,
                union(GUIZHOU_OFFICES, EnumSet.of(Party.EMPLOYER, Party.WORKER))));

        Map<String, Object> hired = Map.of("workerId", labourFile, "employerId", DEMO_EMPLOYER, "workRegion",
                Platform.HANGZHOU_XIHU, "startDate", today.toString(), "monthlyPay", 5000);
        hire = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> as(Tokens.officerKaili()).body(hired).post("/api/v1/employments"), r -> r.statusCode() == 201)
                .path("id");
        byCollection.put("employments", new Fixture(hire, Party.EMPLOYER,
                union(fileReaders, EnumSet.of(Party.EMPLOYER))));

        String rightsCase = as(Tokens.officerKaili()).body(Map.of("employmentId", hire, "caseType", "NO_WRITTEN_CONTRACT",
                "description", "矩阵：未签订书面劳动合同")).post("/api/v1/rights-cases").then().statusCode(201).extract().path("id");
        byCollection.put("rights-cases", new Fixture(rightsCase, Party.OFFICER_KAILI,
                union(fileReaders, EnumSet.of(Party.EMPLOYER))));

        String employer = as(Tokens.officerKaili()).body(EmployerIT.workshop(EmployerIT.creditCode()))
                .post("/api/v1/employers").then().statusCode(201).extract().path("id");
        byCollection.put("employers", new Fixture(employer, Party.OFFICER_KAILI, GUIZHOU_OFFICES));
        String layoff = as(Tokens.officerKaili()).body(Map.of("plannedOn", today.plusDays(30).toString(), "headcount", 1,
                "reason", "矩阵：计划裁员")).post("/api/v1/employers/" + employer + "/layoffs").then().statusCode(201)
                .extract().path("id");
        byCollection.put("layoffs", new Fixture(layoff, Party.OFFICER_KAILI, GUIZHOU_OFFICES));
        // its first HR account: invited by the officer, accepted by a person who signed up
        String invitation = as(Tokens.officerKaili()).body(Map.of("phone", "13800000009"))
                .post("/api/v1/employers/" + employer + "/invitations").then().statusCode(201).extract().path("code");
        String account = as(KeycloakSignUp.newPerson("matrix-hr").signIn().accessToken()).body(Map.of("code", invitation))
                .post("/api/v1/employer-invitations/accept").then().statusCode(200).extract().path("id");
        byCollection.put("accounts", new Fixture(account, Party.OFFICER_KAILI, GUIZHOU_OFFICES));

        String fair = as(Tokens.officerKaili()).body(Map.of("name", "矩阵招聘会", "kind", "ONLINE", "region", Platform.KAILI,
                "startsOn", today.toString(), "endsOn", today.plusDays(1).toString())).post("/api/v1/job-fairs").then()
                .statusCode(201).extract().path("id");
        byCollection.put("job-fairs", new Fixture(fair, Party.OFFICER_KAILI, union(GUIZHOU_OFFICES, EnumSet.of(Party.EMPLOYER))));
        String campaign = as(Tokens.officerKaili()).body(Map.of("name", "矩阵春风行动", "regions", List.of(Platform.KAILI),
                "startsOn", today.toString(), "endsOn", today.plusDays(1).toString())).post("/api/v1/campaigns").then()
                .statusCode(201).extract().path("id");
        byCollection.put("campaigns", new Fixture(campaign, Party.OFFICER_KAILI, GUIZHOU_OFFICES));

        course = as(Tokens.provider()).body(Map.ofEntries(Map.entry("title", "矩阵课程 " + UUID.randomUUID()),
                Map.entry("occupationCode", Platform.HOUSEKEEPING), Map.entry("skillCodes", List.of(Platform.HOUSEKEEPING)),
                Map.entry("certifiesLevel", "BASIC"), Map.entry("kind", "GENERAL"), Map.entry("mode", "ONLINE"),
                Map.entry("region", Platform.KAILI), Map.entry("startsOn", today.toString()),
                Map.entry("endsOn", today.plusDays(20).toString()), Map.entry("sessions", 4), Map.entry("capacity", 30),
                Map.entry("cost", 0))).post("/api/v1/courses").then().statusCode(201).extract().path("id");
        byCollection.put("courses", new Fixture(course, Party.PROVIDER, union(GUIZHOU_OFFICES, EnumSet.of(Party.PROVIDER))));

        String enrolment = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> as(Tokens.officerKaili()).body(Map.of("workerId", labourFile))
                        .post("/api/v1/courses/" + course + "/enrolments"), r -> r.statusCode() == 201).path("id");
        byCollection.put("enrolments", new Fixture(enrolment, Party.PROVIDER, union(GUIZHOU_OFFICES, EnumSet.of(Party.PROVIDER))));

        String claim = as(Tokens.officerKaili()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("programme", "STUDENT_LIVING", "workerId", labourFile, "year", today.getYear(),
                        "evidence", List.of(Map.of("kind", "enrolment-certificate", "reference", "矩阵-1"))))
                .post("/api/v1/claims").then().statusCode(201).extract().path("id");
        byCollection.put("claims", new Fixture(claim, Party.OFFICER_KAILI, GUIZHOU_OFFICES));

        String csv = "name,idNumber,householdRegion,povertyStatus\n矩阵导入," + ResidentIds.next() + "," + Platform.KAILI
                + ",REGISTERED_POOR\n";
        String imported = given().baseUri(Platform.GATEWAY).header("Authorization", "Bearer " + Tokens.officerKaili())
                .contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/worker-imports").then().statusCode(202).extract().header("Location");
        byCollection.put("worker-imports", new Fixture(imported.substring(imported.lastIndexOf('/') + 1),
                Party.OFFICER_KAILI, GUIZHOU_OFFICES));

        String providerCode = EmployerIT.creditCode();
        String provider = as(Tokens.officerKaili()).body(Map.of("name", "矩阵培训学校 " + providerCode, "creditCode", providerCode,
                "region", Platform.KAILI)).post("/api/v1/providers").then().statusCode(201).extract().path("id");
        byCollection.put("providers", new Fixture(provider, Party.OFFICER_KAILI, GUIZHOU_OFFICES));

        String partnerClient = as(Tokens.adminGuizhou()).body(Map.of("province", "520000", "name", "矩阵伙伴系统"))
                .post("/api/v1/partner-clients").then().statusCode(201).extract().path("clientId");
        byCollection.put("partner-clients", new Fixture(partnerClient, Party.ADMIN_GUIZHOU, EnumSet.of(Party.ADMIN_GUIZHOU)));

        // a receiver nobody listens at, for news that seldom comes: the matrix only reads and refuses
        String subscription = as(Tokens.partner("520000")).body(Map.of("url", "https://127.0.0.1:9/matrix-hooks",
                "eventTypes", List.of("training.completed"))).post("/api/v1/webhook-subscriptions").then().statusCode(201)
                .extract().path("id");
        byCollection.put("webhook-subscriptions", new Fixture(subscription, Party.PARTNER_520000,
                EnumSet.of(Party.PARTNER_520000)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> as(Tokens.partner("520000"))
                .delete("/api/v1/webhook-subscriptions/" + subscription)));

        byCollection.put("regions", new Fixture(Platform.KAILI, Party.OFFICER_KAILI, fileReaders));
        Set<Party> guizhou = union(GUIZHOU_OFFICES, EnumSet.of(Party.PARTNER_520000));
        byCollection.put("partners", new Fixture("520000", Party.PARTNER_520000, guizhou));
        byCollection.put("policies", new Fixture("520000", Party.ADMIN_GUIZHOU, guizhou));
        byCollection.put("subsidy-policies", new Fixture("520000", Party.ADMIN_GUIZHOU, guizhou));
        byCollection.put("rights-policies", new Fixture("520000", Party.ADMIN_GUIZHOU, guizhou));
    }

    /** The path of an operation with its ids filled in from the fixtures; null when a parameter has none. */
    String fill(OpenApi.Operation op) {
        String[] segments = op.path().split("/");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            if (s.startsWith("{")) {
                if (s.equals("{list}")) {
                    s = "employed";
                } else {
                    Fixture f = byCollection.get(segments[i - 1]);
                    if (f == null) {
                        return null;
                    }
                    s = f.id();
                }
            }
            out.append('/').append(s);
        }
        return out.toString();
    }

    /** The fixture an operation is about: that of its first path parameter. */
    Fixture fixtureOf(OpenApi.Operation op) {
        String[] segments = op.path().split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{") && !segments[i].equals("{list}")) {
                return byCollection.get(segments[i - 1]);
            }
        }
        return null;
    }

    /** A request as this party, with the headers money-like and versioned writes need, so it reaches the object. */
    static io.restassured.specification.RequestSpecification asParty(Party party) {
        var spec = given().baseUri(Platform.GATEWAY).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("If-Match", "\"1\"");
        String token = party.token();
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    /**
     * A body of the operation's schema with its required fields filled plausibly (text, today's date, the least
     * allowed number, an enum's first value), so a probe is refused for who sends it, not for what it lacks.
     */
    static String sampleBody(OpenApi.Operation op) {
        JsonNode schema = op.resolve(op.body());
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(sample(op, schema, 0));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sample(OpenApi.Operation op, JsonNode schema, int depth) {
        schema = op.resolve(schema);
        if (schema == null || depth > 4) {
            return null;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        String format = schema.path("format").asText();
        return switch (schema.path("type").asText("object")) {
            case "string" -> format.equals("date") ? LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()
                    : format.equals("uuid") ? UUID.randomUUID().toString()
                    : format.equals("date-time") ? java.time.Instant.now().toString() : "矩阵";
            case "integer" -> Math.max(schema.path("minimum").asLong(1), 1);
            case "number" -> Math.max(schema.path("minimum").asDouble(1000), 1000);
            case "boolean" -> false;
            case "array" -> List.of();
            default -> {
                Map<String, Object> object = new HashMap<>();
                for (JsonNode required : schema.path("required")) {
                    object.put(required.asText(), sample(op, schema.path("properties").path(required.asText()), depth + 1));
                }
                yield object;
            }
        };
    }

    /** A genuine token whose claims were widened after signing: its signature no longer matches. */
    static String tampered(String genuine) {
        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"realm_access\":{\"roles\":[", "\"realm_access\":{\"roles\":[\"admin\",\"officer\",");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    @SafeVarargs
    private static Set<Party> union(Set<Party>... sets) {
        Set<Party> all = EnumSet.noneOf(Party.class);
        for (Set<Party> s : sets) {
            all.addAll(s);
        }
        return all;
    }
}
