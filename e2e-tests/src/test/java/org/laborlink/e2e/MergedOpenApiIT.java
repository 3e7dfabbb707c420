package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The gateway serves, without a token, the merged OpenAPI document of every service with Swagger UI: each
 * service's operations, each with an operationId and the problem+json answers it can give.
 */
class MergedOpenApiIT {

    @Test
    void theGatewayServesEveryServicesOperationsAsOneContract() throws Exception {
        JsonNode merged = new ObjectMapper().readTree(given().baseUri(Platform.GATEWAY).queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString());

        Set<String> documented = new TreeSet<>();
        List<String> faults = new ArrayList<>();
        merged.path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(op -> List.of("get", "post", "put", "patch", "delete").contains(op.getKey())).forEach(op -> {
            documented.add(op.getKey().toUpperCase() + " " + path.getKey());
            JsonNode answers = op.getValue().path("responses");
            if (!op.getValue().hasNonNull("operationId")) {
                faults.add(op.getKey() + " " + path.getKey() + ": no operationId");
            }
            for (String status : List.of("401", "429", "503")) {
                if (!answers.path(status).path("content").path("application/problem+json").path("schema").path("$ref")
                        .asText().endsWith("/Problem")) {
                    faults.add(op.getKey() + " " + path.getKey() + ": no problem+json " + status);
                }
            }
            if (path.getKey().contains("{") && answers.path("404").isMissingNode()) {
                faults.add(op.getKey() + " " + path.getKey() + ": no 404");
            }
        }));
        Set<String> served = new TreeSet<>();
        OpenApi.operations().forEach(o -> served.add(o.method().toUpperCase() + " " + o.path()));
        // the gateway's own: the transcript it composes from the services' figures
        served.add("GET /api/v1/reports/transcript");
        assertEquals(served, documented, "the merged document holds exactly the services' operations and the gateway's");
        assertEquals(List.of(), faults);
        assertTrue(merged.path("components").path("schemas").has("Problem"));

        given().baseUri(Platform.GATEWAY).get("/q/swagger-ui/").then().statusCode(200);
    }
}
