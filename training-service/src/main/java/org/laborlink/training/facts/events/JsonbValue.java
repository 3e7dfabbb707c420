package org.laborlink.training.facts.events;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.json.JsonObject;

/** A fact's nested value as the JSON object a {@code jsonb} column is bound to. */
final class JsonbValue {

    private JsonbValue() {
    }

    static JsonObject of(ObjectMapper json, Object value) {
        try {
            return new JsonObject(json.writeValueAsString(value));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
