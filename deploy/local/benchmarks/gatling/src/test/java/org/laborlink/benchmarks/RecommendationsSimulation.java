package org.laborlink.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonFile;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Recommendations for the benchmark's workers (random order), one of two ways:
 * <ul>
 * <li>{@code target=platform}: GET /api/v1/workers/{id}/recommendations?limit=20 through the gateway with a real token;</li>
 * <li>{@code target=naive}: the naive per-request query sent straight to OpenSearch.</li>
 * </ul>
 * Either with {@code clients} concurrent clients back to back (closed model: throughput) or {@code rate} requests a
 * second arriving regardless (open model: latency at a given load), for {@code seconds}.
 */
public class RecommendationsSimulation extends Simulation {

    private final String target = System.getProperty("target", "platform");
    private final int clients = Integer.getInteger("clients", 0);
    private final int rate = Integer.getInteger("rate", 400);
    private final Duration during = Duration.ofSeconds(Integer.getInteger("seconds", 60));

    private final HttpProtocolBuilder protocol = http
            .baseUrl(target.equals("naive") ? System.getProperty("opensearch", "http://127.0.0.1:19200")
                    : System.getProperty("gateway", "http://127.0.0.1:18000"))
            .acceptHeader("application/json").shareConnections();

    private final ChainBuilder request = target.equals("naive")
            ? io.gatling.javaapi.core.CoreDsl.exec(http("naive query to OpenSearch").post("/jobs/_search")
                    .header("Content-Type", "application/json").body(StringBody("#{naive}")).check(status().is(200)))
            : io.gatling.javaapi.core.CoreDsl.exec(http("recommendations via the gateway")
                    .get("/api/v1/workers/#{workerId}/recommendations?limit=20")
                    .header("Authorization", "Bearer " + System.getProperty("token")).check(status().is(200)));

    /** {@code each=N}: the first N workers once each, in order, by {@code clients} (default 2) back to back. */
    private final int each = Integer.getInteger("each", 0);
    private final ScenarioBuilder scenario = scenario(target).feed(each > 0
            ? jsonFile(System.getProperty("workers")).circular() : jsonFile(System.getProperty("workers")).random())
            .exec(request);
    private final ScenarioBuilder everyWorkerOnce = scenario(target + " each worker once")
            .repeat(Math.max(1, each / Math.max(1, clients == 0 ? 2 : clients))).on(io.gatling.javaapi.core.CoreDsl
                    .feed(jsonFile(System.getProperty("workers")).circular()).exec(request));

    {
        PopulationBuilder population = each > 0 ? everyWorkerOnce.injectOpen(atOnceUsers(clients == 0 ? 2 : clients))
                : clients > 0
                ? scenario.injectClosed(constantConcurrentUsers(clients).during(during))
                : scenario.injectOpen(constantUsersPerSec(rate).during(during));
        setUp(population).protocols(protocol);
    }
}
