package org.laborlink.gateway.proxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which service answers which API path, derived from the OpenAPI documents the services store at build time (the
 * same documents the gateway serves merged at /q/openapi): no route is kept by hand. {@code *} matches one
 * path segment, a trailing {@code **} any rest. The most specific pattern wins (more literal segments first), so
 * {@code /api/v1/workers/{id}/recommendations} reaches matching-service while other worker paths reach
 * worker-registry.
 */
public final class RouteTable {

    public static final String WORKER_REGISTRY = "worker-registry";
    public static final String JOB_BOARD = "job-board";
    public static final String MATCHING = "matching-service";
    public static final String TRAINING = "training-service";
    public static final String SUBSIDY = "subsidy-service";

    record Route(String pattern, String service) {

        String[] segments() {
            return pattern.substring(1).split("/");
        }

        long literalSegments() {
            return List.of(segments()).stream().filter(s -> !s.startsWith("*")).count();
        }

        boolean matches(String[] path) {
            String[] pattern = segments();
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i].equals("**")) {
                    return true;
                }
                if (i >= path.length || !(pattern[i].equals("*") || pattern[i].equals(path[i]))) {
                    return false;
                }
            }
            return pattern.length == path.length;
        }
    }

    /** The services whose OpenAPI documents the gateway serves merged, and whose paths it routes to them. */
    static final List<String> SERVICES = List.of(WORKER_REGISTRY, JOB_BOARD, MATCHING, TRAINING, SUBSIDY);

    static final List<Route> ROUTES = routesOf(SERVICES.stream().collect(Collectors.toMap(s -> s,
            RouteTable::storedDocument)));

    /**
     * The routes the services' OpenAPI documents name: every documented path, its {@code {parameters}} matching one
     * segment, most specific first. A path two services document is an error, and so is a service without a document.
     */
    static List<Route> routesOf(Map<String, JsonNode> documents) {
        Map<String, String> owners = new TreeMap<>();
        documents.forEach((service, document) -> document.path("paths").fieldNames().forEachRemaining(path -> {
            String pattern = path.replaceAll("\\{[^/}]+}", "*").replaceAll("/+$", "");
            String other = owners.putIfAbsent(pattern, service);
            if (other != null && !other.equals(service)) {
                throw new IllegalStateException(path + " is documented by both " + other + " and " + service);
            }
        }));
        return owners.entrySet().stream().map(e -> new Route(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Route::literalSegments).reversed()
                        .thenComparing(r -> r.pattern().endsWith("**")))
                .toList();
    }

    /** The OpenAPI document a service stored at build time, copied into the gateway (META-INF/openapi). */
    private static JsonNode storedDocument(String service) {
        String resource = "META-INF/openapi/" + service + ".json";
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: build the services before the gateway "
                        + "(./mvnw package builds them in order)");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Collections whose next path segment names one of their objects (or a region or province code). */
    private static final Set<String> COLLECTIONS = Set.of("workers", "jobs", "employers",
            "applications", "employments", "job-fairs", "courses", "enrolments", "claims", "worker-imports", "regions",
            "partners", "subsidy-policies", "policies", "campaigns", "webhook-subscriptions", "rights-cases",
            "rights-policies", "layoffs");
    private static final Pattern LITERAL = Pattern.compile("[a-z][a-z-]{0,39}");

    /** What a request costs in its client's rate limits: reading, searching and ranking, writing, bulk importing. */
    public enum RouteClass {
        READ, SEARCH, WRITE, IMPORT;

        public String key() {
            return name().toLowerCase();
        }
    }

    private RouteTable() {
    }

    /** The template of every path no service answers. */
    public static final String UNKNOWN_TEMPLATE = "/api/v1/{unknown}";

    /**
     * A path some service answers as a template, its ids replaced ({@code /api/v1/workers/{id}/recommendations}):
     * what request metrics are tagged with, so they never hold an object id (any other path: {@link #UNKNOWN_TEMPLATE}).
     */
    public static String template(String path) {
        String[] segments = path.replaceAll("/+$", "").substring(1).split("/");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            boolean id = i == 3 && COLLECTIONS.contains(segments[2]) || i > 1 && !LITERAL.matcher(segments[i]).matches();
            out.append('/').append(id ? "{id}" : segments[i]);
        }
        return out.toString();
    }

    /** The rate-limit class of a request. */
    public static RouteClass classOf(String method, String path) {
        boolean reads = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (path.startsWith("/api/v1/worker-imports") && !reads) {
            return RouteClass.IMPORT;
        }
        if (path.startsWith("/api/v1/search/") || path.endsWith("/recommendations") || path.endsWith("/candidates")
                || path.endsWith("/transport-groups") || path.startsWith("/api/v1/occupations/")
                || path.startsWith("/api/v1/reports/")) {
            return RouteClass.SEARCH;
        }
        return reads ? RouteClass.READ : RouteClass.WRITE;
    }

    /** The service that answers this path, if any. */
    public static Optional<String> serviceFor(String path) {
        String[] segments = path.replaceAll("/+$", "").substring(1).split("/");
        return ROUTES.stream().filter(r -> r.matches(segments)).map(Route::service).findFirst();
    }
}
