package org.laborlink.e2e;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * The services' operations as their OpenAPI documents describe them (each service serves its own on its management
 * port): the suites that probe every operation are generated from these, so a new endpoint is probed by default.
 */
final class OpenApi {

    static final List<String> DOCUMENTS = List.of(System.getProperty("laborlink.management.urls",
            "http://127.0.0.1:18101,http://127.0.0.1:18102,http://127.0.0.1:18103,http://127.0.0.1:18104,"
                    + "http://127.0.0.1:18105").split(","));

    /** A parameter of an operation: its name, where it goes (path, query, header) and its schema. */
    record Parameter(String name, String in, JsonNode schema) {
    }

    /** One operation: method, path template, parameters, the JSON body's schema (null if it takes none). */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode body, List<String> consumes,
            JsonNode document) {

        List<Parameter> pathParameters() {
            return parameters.stream().filter(p -> p.in().equals("path")).toList();
        }

        boolean reads() {
            return method.equals("GET");
        }

        String key() {
            return method + " " + path;
        }

        /** A schema with its $ref followed into the document's components. */
        JsonNode resolve(JsonNode schema) {
            int depth = 0;
            while (schema != null && schema.has("$ref") && depth++ < 10) {
                String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
                schema = document.path("components").path("schemas").path(name);
            }
            return schema;
        }

        /** The top-level fields of the JSON body and their (resolved) schemas. */
        Map<String, JsonNode> bodyFields() {
            Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
            JsonNode schema = resolve(body);
            if (schema == null || !schema.has("properties")) {
                return fields;
            }
            Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                fields.put(e.getKey(), resolve(e.getValue()));
            }
            return fields;
        }

        /** Whether the body is JSON (not CSV or JSON lines). */
        boolean jsonBody() {
            return body != null && consumes.stream().anyMatch(c -> c.equals("application/json") || c.endsWith("+json"));
        }
    }

    private static List<Operation> operations;

    private OpenApi() {
    }

    /** Every operation of every service under /api, read once per run. */
    static synchronized List<Operation> operations() {
        if (operations != null) {
            return operations;
        }
        ObjectMapper json = new ObjectMapper();
        List<Operation> all = new ArrayList<>();
        for (String base : DOCUMENTS) {
            String text = RestAssured.given().baseUri(base).queryParam("format", "json").get("/q/openapi").then()
                    .statusCode(200).extract().asString();
            JsonNode document;
            try {
                document = json.readTree(text);
            } catch (Exception e) {
                throw new AssertionError("unreadable OpenAPI document at " + base, e);
            }
            Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
                while (methods.hasNext()) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                        continue;
                    }
                    JsonNode op = method.getValue();
                    List<Parameter> parameters = new ArrayList<>();
                    for (JsonNode p : op.path("parameters")) {
                        parameters.add(new Parameter(p.get("name").asText(), p.get("in").asText(), p.path("schema")));
                    }
                    JsonNode content = op.path("requestBody").path("content");
                    List<String> consumes = new ArrayList<>();
                    content.fieldNames().forEachRemaining(consumes::add);
                    JsonNode body = consumes.isEmpty() ? null : content.get(consumes.get(0)).path("schema");
                    all.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters, body, consumes, document));
                }
            }
        }
        operations = List.copyOf(all);
        return operations;
    }
}
