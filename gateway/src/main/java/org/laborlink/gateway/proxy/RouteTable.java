package org.laborlink.gateway.proxy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which service answers which API path: the contract of ARCHITECTURE.md's "API at a glance". {@code *} matches one
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

    static final List<Route> ROUTES = List.of(
            new Route("/api/v1/workers/*/recommendations", MATCHING),
            new Route("/api/v1/jobs/*/candidates", MATCHING),
            new Route("/api/v1/jobs/*/transport-groups", MATCHING),
            new Route("/api/v1/search/**", MATCHING),
            new Route("/api/v1/occupations/**", MATCHING),
            new Route("/api/v1/admin/reindex", MATCHING),
            new Route("/api/v1/workers/*/course-suggestions", TRAINING),
            new Route("/api/v1/regions/*/training-targets", TRAINING),
            new Route("/api/v1/courses/**", TRAINING),
            new Route("/api/v1/courses", TRAINING),
            new Route("/api/v1/enrolments/**", TRAINING),
            new Route("/api/v1/regions/*/lists/**", WORKER_REGISTRY),
            new Route("/api/v1/regions/*/unverified-files", WORKER_REGISTRY),
            new Route("/api/v1/regions/*/stable-employment", JOB_BOARD),
            new Route("/api/v1/workers/**", WORKER_REGISTRY),
            new Route("/api/v1/workers", WORKER_REGISTRY),
            new Route("/api/v1/me", WORKER_REGISTRY),
            new Route("/api/v1/worker-imports/**", WORKER_REGISTRY),
            new Route("/api/v1/worker-imports", WORKER_REGISTRY),
            new Route("/api/v1/employers/**", JOB_BOARD),
            new Route("/api/v1/employers", JOB_BOARD),
            new Route("/api/v1/jobs/**", JOB_BOARD),
            new Route("/api/v1/jobs", JOB_BOARD),
            new Route("/api/v1/applications/**", JOB_BOARD),
            new Route("/api/v1/employments/**", JOB_BOARD),
            new Route("/api/v1/employments", JOB_BOARD),
            new Route("/api/v1/me/applications", JOB_BOARD),
            new Route("/api/v1/policies/**", JOB_BOARD),
            new Route("/api/v1/job-fairs/**", JOB_BOARD),
            new Route("/api/v1/job-fairs", JOB_BOARD),
            new Route("/api/v1/partners/*/employment-feed", JOB_BOARD),
            new Route("/api/v1/subsidy-policies/**", SUBSIDY),
            new Route("/api/v1/regions/*/claim-figures", SUBSIDY),
            new Route("/api/v1/partners/*/claim-totals", SUBSIDY),
            new Route("/api/v1/claims/**", SUBSIDY),
            new Route("/api/v1/claims", SUBSIDY))
            .stream()
            .sorted(Comparator.comparingLong(Route::literalSegments).reversed()
                    .thenComparing(r -> r.pattern().endsWith("**")))
            .toList();

    /** Collections whose next path segment names one of their objects (or a region or province code). */
    private static final java.util.Set<String> COLLECTIONS = java.util.Set.of("workers", "jobs", "employers",
            "applications", "employments", "job-fairs", "courses", "enrolments", "claims", "worker-imports", "regions",
            "partners", "subsidy-policies", "policies");
    private static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile("[a-z][a-z-]{0,39}");

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
                || path.endsWith("/transport-groups") || path.startsWith("/api/v1/occupations/")) {
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
