package org.laborlink.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.laborlink.e2e.World.Party;
import org.laborlink.platform.testing.ResidentIds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Hostile input to every operation the OpenAPI documents list, for each body field and query parameter: wrong types,
 * enum ordinals, fractions for whole numbers, numbers beyond their range, dates PostgreSQL cannot store or before
 * 1900, NUL characters, 100 KB strings, coordinates off the globe, deep nesting, and bodies that are not JSON. Nothing
 * may answer 5xx; every refusal is problem+json, and a refused value of a field is named in {@code errors[].field};
 * invalid values are never accepted; a refused labour file or posting is not half-stored (the same request made
 * valid is then accepted, not a duplicate).
 */
class FuzzIT {

    /** Left out: a full rebuild of the indexes, and the provinces' policy catalogues (a PUT replaces them). */
    static final Set<String> LEFT_OUT = Set.of("POST /api/v1/admin/reindex", "PUT /api/v1/policies/{province}",
            "PUT /api/v1/subsidy-policies/{province}", "POST /api/v1/worker-imports");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One hostile value: what it is, the JSON sent, and whether the API must refuse it whatever the field. A value
     * refused where the request is read (a type, a NUL, a date out of range) is named whatever else the body lacks;
     * one refused by a rule (a size, a range) is named when the rest of the body is valid.
     */
    record Hostile(String what, Object value, boolean mustBeRefused, boolean refusedOnReading) {

        Hostile(String what, Object value, boolean mustBeRefused) {
            this(what, value, mustBeRefused, mustBeRefused);
        }

        static Hostile byRule(String what, Object value, boolean mustBeRefused) {
            return new Hostile(what, value, mustBeRefused, false);
        }
    }

    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    private final List<String> untranslated = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void noHostileValueGetsA5xxOrIsAcceptedAndEveryRefusalNamesItsField() throws Exception {
        World world = World.get();
        List<OpenApi.Operation> operations = OpenApi.operations().stream().filter(op -> !LEFT_OUT.contains(op.key()))
                .filter(op -> op.pathParameters().isEmpty() || world.fill(op) != null).toList();
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(4);
        try {
            pool.submit(() -> operations.parallelStream().forEach(op -> fuzz(op, world))).get();
        } finally {
            pool.shutdown();
        }
        System.out.printf("[fuzz] %d operations, %d requests, %d failures, %d refusals not in the Chinese asked for%n",
                operations.size(), requests.get(), failures.size(), untranslated.size());
        // each message the catalogue lacks once, with how often it came and one request that drew it
        untranslated.stream().collect(java.util.stream.Collectors.groupingBy(u -> u.substring(0, u.indexOf('\t')),
                java.util.TreeMap::new, java.util.stream.Collectors.toList())).forEach((message, where) -> System.out.printf(
                        "[fuzz] in English %d times: \"%s\" (e.g. %s)%n", where.size(), message,
                        where.get(0).substring(where.get(0).indexOf('\t') + 1)));
        assertEquals(List.of(), failures.stream().limit(60).toList(), failures.size() + " answers broke the rules");
        assertTrue(requests.get() > 1000, "the OpenAPI documents drove the requests (" + requests + ")");
        assertEquals(List.of(), untranslated.stream().limit(20).toList(),
                untranslated.size() + " refusals asked for in Chinese came (partly) in English");
    }

    private void fuzz(OpenApi.Operation op, World world) {
        String path = op.pathParameters().isEmpty() ? op.path() : world.fill(op);
        Party caller = callerOf(op, world);
        boolean validBase = op.key().equals("POST /api/v1/workers") || op.key().equals("POST /api/v1/jobs");
        fuzzPathIds(op, caller);
        for (OpenApi.Parameter p : op.parameters()) {
            if (p.in().equals("query")) {
                for (Hostile h : queryValues(op.resolve(p.schema()))) {
                    Response answer = asked(caller).queryParam(p.name(), h.value()).body(op.jsonBody() ? "{}" : "")
                            .request(op.method(), path);
                    check(op, p.name(), h, answer, true);
                }
            }
        }
        if (!op.jsonBody()) {
            return;
        }
        Response plain = asked(caller).contentType("text/plain").body("\"x\"").request(op.method(), path);
        check(op, "Content-Type", new Hostile("a text/plain body", "text/plain", true), plain, true);
        Response nested = asked(caller).body("[".repeat(5000) + "]".repeat(5000)).request(op.method(), path);
        check(op, "", new Hostile("5,000 nested arrays", "nesting", true), nested, false);
        for (Map.Entry<String, JsonNode> field : op.bodyFields().entrySet()) {
            for (Hostile h : bodyValues(field.getValue(), op)) {
                Map<String, Object> body = baseBody(op).get();
                body.put(field.getKey(), h.value());
                String text;
                try {
                    text = JSON.writeValueAsString(body);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                Response answer = asked(caller).body(text).request(op.method(), path);
                check(op, field.getKey(), h, answer, h.refusedOnReading() || validBase);
                if (answer.statusCode() == 400 && h.mustBeRefused()) {
                    nothingHalfStored(op, body, field.getKey());
                }
            }
        }
    }

    private void check(OpenApi.Operation op, String field, Hostile h, Response answer, boolean named) {
        requests.incrementAndGet();
        int status = answer.statusCode();
        String where = op.key() + " " + field + " = " + h.what() + ": " + status + " ";
        if (status >= 500) {
            failures.add(where + AccessMatrixIT.abbreviated(answer.asString()));
            return;
        }
        if (status < 400) {
            if (h.mustBeRefused()) {
                failures.add(where + "accepted");
            }
            return;
        }
        if (!String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
            failures.add(where + "not problem+json: " + answer.contentType());
            return;
        }
        inChinese(where, answer);
        if (status == 400 && h.mustBeRefused() && named && !field.isEmpty()) {
            List<String> fields = JsonPath.from(answer.asString()).getList("errors.field", String.class);
            if (fields == null || fields.stream().noneMatch(n -> n.equals(field) || n.startsWith(field + ".")
                    || n.startsWith(field + "[") || n.equalsIgnoreCase(field))) {
                failures.add(where + "does not name the field: " + AccessMatrixIT.abbreviated(answer.asString()));
            }
        }
    }

    /** The same body with the field made valid again is accepted: the refused one left nothing behind. */
    private void nothingHalfStored(OpenApi.Operation op, Map<String, Object> refused, String field) {
        if (!op.key().equals("POST /api/v1/workers") && !op.key().equals("POST /api/v1/jobs")) {
            return;
        }
        Map<String, Object> valid = new HashMap<>(baseBody(op).get());
        // the same unique parts: a labour file's resident ID number; a posting's pay (the likely-duplicate rule)
        for (String unique : List.of("idNumber", "payMax", "title")) {
            if (refused.containsKey(unique) && !unique.equals(field)) {
                valid.put(unique, refused.get(unique));
            }
        }
        valid.remove("notADuplicate");
        valid.put("draft", false);
        Party caller = op.key().equals("POST /api/v1/jobs") ? Party.EMPLOYER : Party.OFFICER_KAILI;
        Response again = asked(caller).body(valid).post(op.path());
        requests.incrementAndGet();
        if (again.statusCode() != 201) {
            failures.add(op.key() + " after refusing " + field + ": the valid request got " + again.statusCode() + " "
                    + AccessMatrixIT.abbreviated(again.asString()));
        } else if (op.key().equals("POST /api/v1/jobs")) {
            // published only to meet the likely-duplicate rule: closed at once, so no ranked list is crowded by it
            World.asParty(Party.EMPLOYER).post("/api/v1/jobs/" + again.path("id") + "/close").then().statusCode(200);
        }
    }

    /** A request as this party, asking for Chinese: every refusal must then come in Chinese, title and fields' messages. */
    private static io.restassured.specification.RequestSpecification asked(Party caller) {
        return World.asParty(caller).header("Accept-Language", "zh-CN");
    }

    private static final java.util.regex.Pattern CHINESE = java.util.regex.Pattern.compile("[\\u4e00-\\u9fff]");

    /** A refusal asked for in Chinese whose title, detail or a field's message came in English. */
    private void inChinese(String where, Response answer) {
        JsonPath problem = JsonPath.from(answer.asString());
        List<String> texts = new java.util.ArrayList<>();
        texts.add(problem.getString("title"));
        texts.add(problem.getString("detail"));
        List<String> messages = problem.getList("errors.message", String.class);
        if (messages != null) {
            texts.addAll(messages);
        }
        for (String text : texts) {
            if (text != null && !CHINESE.matcher(text).find()) {
                untranslated.add(text + "\t" + where);
            }
        }
    }

    /** Ids that name nothing: garbage, a NUL, a quote. */
    private void fuzzPathIds(OpenApi.Operation op, Party caller) {
        if (op.pathParameters().isEmpty()) {
            return;
        }
        for (String id : List.of("x%27%3B--", "%00", "99999999999999999999", "00000000-0000-0000-0000-000000000000")) {
            String path = op.path().replaceAll("\\{[^}]+}", id);
            Response answer = asked(caller).body(op.jsonBody() ? "{}" : "").request(op.method(), path);
            requests.incrementAndGet();
            if (answer.statusCode() >= 500 || answer.statusCode() < 400) {
                failures.add(op.key() + " id " + id + ": " + answer.statusCode());
            }
        }
    }

    private static List<Hostile> queryValues(JsonNode schema) {
        String type = schema == null ? "string" : schema.path("type").asText("string");
        List<Hostile> values = new ArrayList<>(List.of(new Hostile("NUL", "a\u0000b", true),
                new Hostile("3 KB", "x".repeat(3000), false), new Hostile("garbage", "garbage%%", false)));
        if (type.equals("integer") || type.equals("number")) {
            values.add(new Hostile("not a number", "abc", true));
            values.add(new Hostile("beyond any range", "99999999999999999999", true));
        }
        if (type.equals("integer")) {
            values.add(new Hostile("a fraction", "1.5", true));
        }
        if (schema != null && schema.has("enum")) {
            values.add(new Hostile("an unknown value", "XYZ", true));
            values.add(new Hostile("an ordinal", "1", true));
        }
        if ("date".equals(schema == null ? null : schema.path("format").asText())) {
            values.add(new Hostile("a year PostgreSQL cannot store", "+9999999-01-01", true));
            values.add(new Hostile("year -9999", "-9999-01-01", true));
        }
        values.add(new Hostile("coordinates off the globe", "999,999", false));
        values.add(new Hostile("NaN coordinates", "NaN,NaN", false));
        return values;
    }

    private static List<Hostile> bodyValues(JsonNode schema, OpenApi.Operation op) {
        String type = schema.path("type").asText("object");
        List<Hostile> values = new ArrayList<>();
        boolean enumerated = schema.has("enum");
        boolean date = "date".equals(schema.path("format").asText()) || "date-time".equals(schema.path("format").asText());
        switch (type) {
            case "string" -> {
                values.add(new Hostile("an object for text", Map.of("a", 1), true));
                values.add(new Hostile("NUL", "a\u0000b", true));
                values.add(Hostile.byRule("100 KB", "字".repeat(35_000), schema.has("maxLength") || enumerated || date
                        || schema.has("pattern")));
                values.add(Hostile.byRule("empty", "", false));
                if (enumerated) {
                    values.add(new Hostile("an ordinal", 1, true));
                    values.add(new Hostile("an unknown value", "XYZ", true));
                }
                if (date) {
                    values.add(new Hostile("a year PostgreSQL cannot store", "+9999999-01-01", true));
                    values.add(new Hostile("year -9999", "-9999-01-01", true));
                    values.add(new Hostile("garbage", "2026-13-45", true));
                }
            }
            case "integer" -> {
                values.add(new Hostile("text for a number", "abc", true));
                values.add(new Hostile("a fraction", 1.5, true));
                values.add(new Hostile("beyond int", 99_999_999_999L, true));
                values.add(Hostile.byRule("-9999", -9999, schema.has("minimum") && schema.get("minimum").asLong() > -9999));
            }
            case "number" -> {
                values.add(new Hostile("text for a number", "abc", true));
                values.add(Hostile.byRule("1e300", 1e300, schema.has("maximum")));
                values.add(Hostile.byRule("-1", -1, schema.has("minimum") && schema.get("minimum").asDouble() >= 0));
            }
            case "boolean" -> values.add(new Hostile("text for a boolean", "maybe", true));
            case "array" -> {
                values.add(new Hostile("an object for a list", Map.of("a", 1), true));
                values.add(new Hostile("a list of NUL text", List.of("a\u0000b"), true));
            }
            default -> {
                values.add(new Hostile("text for an object", "x", true));
                if (schema.path("properties").has("lat")) {
                    values.add(Hostile.byRule("coordinates off the globe", Map.of("lat", 999, "lon", 999), true));
                }
            }
        }
        return values;
    }

    /** Who makes the request: the reader of the object named, or the role that makes such requests. */
    private static Party callerOf(OpenApi.Operation op, World world) {
        World.Fixture fixture = world.fixtureOf(op);
        if (fixture != null) {
            return fixture.reader();
        }
        return switch (op.key()) {
            case "POST /api/v1/jobs" -> Party.EMPLOYER;
            case "POST /api/v1/courses" -> Party.PROVIDER;
            case "GET /api/v1/me", "GET /api/v1/me/applications", "GET /api/v1/enrolments" -> Party.WORKER;
            default -> Party.OFFICER_KAILI;
        };
    }

    /** A valid body to spoil one field of, where one is known; otherwise an empty one. */
    private static Supplier<Map<String, Object>> baseBody(OpenApi.Operation op) {
        return switch (op.key()) {
            case "POST /api/v1/workers" -> () -> {
                Map<String, Object> file = new HashMap<>(Platform.labourFile("模糊 " + UUID.randomUUID()));
                file.put("idNumber", ResidentIds.next());
                return file;
            };
            case "POST /api/v1/jobs" -> () -> {
                Map<String, Object> job = new HashMap<>(Platform.caringJob("模糊 " + UUID.randomUUID()));
                String occupation = Platform.randomOccupation();
                job.put("occupationCode", occupation);
                job.put("requiredSkills", List.of(Map.of("code", occupation, "level", "BASIC", "mustHave", false)));
                job.put("payMax", java.math.BigDecimal.valueOf(520_000 + java.util.concurrent.ThreadLocalRandom.current()
                        .nextInt(1, 400_000), 2));
                job.put("draft", true);
                return job;
            };
            default -> HashMap::new;
        };
    }
}
