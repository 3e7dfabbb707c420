package org.laborlink.gateway.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/v1/layoffs/{id}}: job-board's planned layoff, its affected workers in priority-retention order, each
 * with her first {@value #JOBS_EACH} new-job recommendations from matching-service ({@code recommendedJobs}), both
 * asked with the caller's token. Recommendations are added for the first {@value #WORKERS_WITH_JOBS} workers (the
 * rest keep the link in {@code recommendations}); a worker matching does not show the caller (an officer of the work
 * region, for a worker living elsewhere) gets {@code recommendedJobs: null}. job-board's refusal (404) is passed on;
 * a service that cannot be reached makes it 503.
 */
@ApplicationScoped
public class LayoffReport {

    static final int JOBS_EACH = 3;
    static final int WORKERS_WITH_JOBS = 50;
    static final int AT_ONCE = 8;
    private static final Pattern PATH = Pattern.compile("/api/v1/layoffs/[^/]+");

    private final ServiceCalls services;

    public LayoffReport(ServiceCalls services) {
        this.services = services;
    }

    /** Whether the gateway composes this request's answer. */
    public static boolean answers(String method, String path) {
        return "GET".equals(method) && PATH.matcher(path).matches();
    }

    /** Answers the request, which the gateway has authenticated and rate-limited. */
    public void handle(RoutingContext ctx) {
        services.get(ctx, RouteTable.JOB_BOARD, ctx.normalizedPath()).compose(layoff -> {
            List<ObjectNode> workers = new ArrayList<>();
            for (JsonNode affected : layoff.path("affected")) {
                if (workers.size() == WORKERS_WITH_JOBS || !(affected instanceof ObjectNode worker)) {
                    break;
                }
                workers.add(worker);
            }
            // matching is asked AT_ONCE workers at a time, so one layoff does not take every connection of the pool
            Future<Void> asked = Future.succeededFuture();
            for (int from = 0; from < workers.size(); from += AT_ONCE) {
                List<ObjectNode> batch = workers.subList(from, Math.min(workers.size(), from + AT_ONCE));
                asked = asked.compose(done -> recommend(ctx, batch));
            }
            return asked.map(done -> layoff);
        }).onSuccess(layoff -> services.json(ctx, layoff))
                .onFailure(failure -> services.fail(ctx, failure, "the layoff"));
    }

    private Future<Void> recommend(RoutingContext ctx, List<ObjectNode> workers) {
        List<Future<JsonNode>> pages = new ArrayList<>();
        for (ObjectNode worker : workers) {
            pages.add(ServiceCalls.optional(services.get(ctx, RouteTable.MATCHING, "/api/v1/workers/"
                    + worker.path("workerId").asText() + "/recommendations?limit=" + JOBS_EACH)));
        }
        return Future.all(new ArrayList<>(pages)).map(all -> {
            for (int i = 0; i < workers.size(); i++) {
                JsonNode page = pages.get(i).result();
                workers.get(i).set("recommendedJobs", page == null ? null : page.get("items"));
            }
            return null;
        });
    }
}
