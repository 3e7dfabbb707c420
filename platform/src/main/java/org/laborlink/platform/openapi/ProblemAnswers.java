package org.laborlink.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.laborlink.platform.problem.Problem;

/**
 * Makes each service's OpenAPI document a contract a client can be generated from (registered as
 * {@code mp.openapi.filter}, run when the document is built):
 * <ul>
 * <li>every operation has an operationId, from its resource and method ({@code LabourFileResource_change} becomes
 * {@code labourFileChange}), unique across the services;</li>
 * <li>every operation documents the problem+json answers it can give, with the {@code Problem} schema and an
 * example: 400 (a parameter or body refused, naming the field), 401, 404 (an object in the path the caller may not
 * see), 409 and 415 (writes), 412 and 428 (writes that take If-Match), 429 (the gateway's rate limits) and 503 (a
 * server the service needs is down: try again after Retry-After).</li>
 * </ul>
 * No answer is declared that LaborLink does not give: a rule a request breaks is a 400 naming the rule, never 422.
 */
public class ProblemAnswers implements OASFilter {

    private static final String PROBLEM = "Problem";
    private static final String REF = "#/components/schemas/" + PROBLEM;

    private record Answer(String status, String title, String slug, String detail) {
    }

    private static final Answer BAD_REQUEST = new Answer("400", "Request refused", "invalid-request",
            "region: must be a 6-digit administrative division code");
    private static final Answer UNAUTHORIZED = new Answer("401", "Not signed in", "unauthorized",
            "a bearer token from the laborlink realm is required");
    private static final Answer NOT_FOUND = new Answer("404", "Not found", "not-found",
            "no labour file 0b2e5c3e-4c1d-4e8a-9f00-1a2b3c4d5e6f you may see");
    private static final Answer CONFLICT = new Answer("409", "Conflict", "duplicate",
            "an employer with this credit code is registered");
    private static final Answer PRECONDITION_FAILED = new Answer("412", "Precondition failed", "stale-version",
            "If-Match names version 3; the current version is 4: read it again and retry");
    private static final Answer UNSUPPORTED = new Answer("415", "Unsupported media type", "unsupported-media-type",
            "the body must be application/json");
    private static final Answer PRECONDITION_REQUIRED = new Answer("428", "Precondition required", "if-match-required",
            "a change names the version it changes in If-Match");
    private static final Answer TOO_MANY = new Answer("429", "Too many requests", "rate-limited",
            "the write limit of 5 a second is spent: try again after Retry-After");
    private static final Answer UNAVAILABLE = new Answer("503", "Service unavailable", "unavailable",
            "the database is not reachable: try again after Retry-After");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        operation.setOperationId(operationId(operation.getOperationId()));
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean takesIfMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        boolean hasInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty() || path.contains("{");
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        if (hasInput) {
            add(responses, BAD_REQUEST);
        }
        add(responses, UNAUTHORIZED);
        if (path.contains("{")) {
            add(responses, NOT_FOUND);
        }
        if (write) {
            add(responses, CONFLICT);
            if (operation.getRequestBody() != null) {
                add(responses, UNSUPPORTED);
            }
        }
        if (takesIfMatch) {
            add(responses, PRECONDITION_FAILED);
            add(responses, PRECONDITION_REQUIRED);
        }
        add(responses, TOO_MANY);
        add(responses, UNAVAILABLE);
        operation.setResponses(responses);
    }

    /** {@code LabourFileResource_change} -> {@code labourFileChange}; an id without the class part is kept. */
    static String operationId(String generated) {
        if (generated == null || !generated.contains("_")) {
            return generated;
        }
        String type = generated.substring(0, generated.indexOf('_')).replaceAll("Resource$", "");
        String method = generated.substring(generated.indexOf('_') + 1);
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }

    private static void add(APIResponses responses, Answer answer) {
        APIResponse existing = responses.getAPIResponse(answer.status());
        String description = existing != null && existing.getDescription() != null ? existing.getDescription() : answer.title();
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.type(answer.slug()).toString());
        example.put("title", answer.title());
        example.put("status", Integer.parseInt(answer.status()));
        example.put("detail", answer.detail());
        if (answer == BAD_REQUEST) {
            example.put("errors", List.of(Map.of("field", "region", "message", "must be a 6-digit administrative division code")));
        }
        responses.addAPIResponse(answer.status(), OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(REF)).example(example))));
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the request field at fault (a body path, a parameter or header name)"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; errors name the request fields at fault")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("existing", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the object a refused duplicate would have repeated"))
                .addProperty("requestId", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the request's X-Request-Id, to find it in the logs"))
                .required(List.of("type", "title", "status"));
    }
}
