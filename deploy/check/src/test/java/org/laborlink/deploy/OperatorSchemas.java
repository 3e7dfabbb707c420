package org.laborlink.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The custom resources of CloudNativePG, the Keycloak operator and the OpenSearch operator against the field trees in
 * src/test/resources/operator-schemas (written from their documentation: see the README there); their metadata
 * against fabric8's ObjectMeta.
 */
final class OperatorSchemas {

    private OperatorSchemas() {
    }

    /** The schema of the object's group, version and kind, or null when none is written. */
    static JsonNode schemaOf(JsonNode object) throws IOException {
        String file = "/operator-schemas/" + object.path("apiVersion").asText().replace('/', '_') + "_"
                + object.path("kind").asText() + ".yaml";
        try (InputStream in = OperatorSchemas.class.getResourceAsStream(file)) {
            return in == null ? null : RenderedManifests.YAML.readTree(in);
        }
    }

    static void check(JsonNode object, JsonNode schema, List<String> problems) {
        String name = RenderedManifests.nameOf(object);
        for (Iterator<String> fields = object.fieldNames(); fields.hasNext();) {
            String field = fields.next();
            if (!Set.of("apiVersion", "kind", "metadata", "spec").contains(field)) {
                problems.add(name + ": unknown top-level field " + field);
            }
        }
        try {
            TypedModels.JSON.treeToValue(object.path("metadata"), io.fabric8.kubernetes.api.model.ObjectMeta.class)
                    .getAdditionalProperties().keySet().forEach(k -> problems.add(name + ": unknown metadata field " + k));
        } catch (Exception e) {
            problems.add(name + ": metadata: " + e.getMessage().lines().findFirst().orElse(""));
        }
        match(object.path("spec"), schema, name + ".spec", problems);
    }

    private static void match(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (schema.isTextual()) {
            boolean ok = switch (schema.asText()) {
                case "string" -> value.isTextual();
                case "integer" -> value.isIntegralNumber();
                case "boolean" -> value.isBoolean();
                default -> true;
            };
            if (!ok) {
                problems.add(path + ": must be " + schema.asText() + ", is " + value.getNodeType());
            }
            return;
        }
        if (schema.isArray()) {
            if (!value.isArray()) {
                problems.add(path + ": must be a list");
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                match(value.get(i), schema.get(0), path + "[" + i + "]", problems);
            }
            return;
        }
        if (!value.isObject()) {
            problems.add(path + ": must be an object");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode sub = schema.has(field.getKey()) ? schema.get(field.getKey()) : schema.get("*");
            if (sub == null) {
                problems.add(path + "." + field.getKey() + ": unknown field");
            } else {
                match(field.getValue(), sub, path + "." + field.getKey(), problems);
            }
        }
    }
}
