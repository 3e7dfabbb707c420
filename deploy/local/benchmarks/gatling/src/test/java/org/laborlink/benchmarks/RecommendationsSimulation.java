package org.laborlink.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonFile;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
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
 * second arriving regardless (open model: latency at a given load), for {@code seconds}, after a warm-up. The
 * figures are those of the requests named {@value #MEASURED}.
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

    /** The request measured, or the same request named apart while the warm-up runs (not counted in its figures). */
    private ChainBuilder request(String name) {
        return target.equals("naive")
                ? exec(http(name).post("/jobs/_search").header("Content-Type", "application/json")
                        .body(StringBody("#{naive}")).check(status().is(200)))
                : exec(http(name).get("/api/v1/workers/#{workerId}/recommendations?limit=20")
                        .header("Authorization", "Bearer " + System.getProperty("token")).check(status().is(200)));
    }

    static final String MEASURED = "measured";
    /** {@code warmup} seconds (default 20) before the measured run, ramping up to the same rate (open model) or with the
     * same clients (closed): the JIT of the load generator and of the services warms, and connections open. Its
     * requests are named apart and left out of the figures. */
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("warmup", 20));

    /** {@code each=N}: the first N workers once each, in order, by {@code clients} (default 2) back to back. */
    private final int each = Integer.getInteger("each", 0);

    /**
     * {@code order=queue}: each worker at most once in the whole run, warm-up included (every request is a worker's
     * first ask; the run fails if the workers run out); otherwise workers drawn at random.
     */
    private final boolean queue = "queue".equals(System.getProperty("order"));
    /** One iterator for the warm-up and the measured run alike, so no worker is asked twice. */
    private final java.util.Iterator<java.util.Map<String, Object>> onceEach = queue
            ? java.util.Collections.synchronizedList(new java.util.ArrayList<>(jsonFile(System.getProperty("workers")).readRecords()))
                    .iterator() : null;

    private ScenarioBuilder atRandom(String name) {
        return queue ? scenario(name).feed(() -> java.util.stream.Stream.generate(this::nextWorker).iterator()).exec(request(name))
                : scenario(name).feed(jsonFile(System.getProperty("workers")).random()).exec(request(name));
    }

    private java.util.Map<String, Object> nextWorker() {
        synchronized (onceEach) {
            if (!onceEach.hasNext()) {
                throw new IllegalStateException("every worker has asked once: load more workers for this run");
            }
            return onceEach.next();
        }
    }

    private final ScenarioBuilder everyWorkerOnce = scenario(MEASURED)
            .repeat(Math.max(1, each / Math.max(1, clients == 0 ? 2 : clients)))
            .on(feed(jsonFile(System.getProperty("workers")).circular()).exec(request(MEASURED)));

    {
        PopulationBuilder population;
        if (each > 0) { // what a worker's first ask costs: no warm-up, it would rank the lists
            population = everyWorkerOnce.injectOpen(atOnceUsers(clients == 0 ? 2 : clients));
        } else if (clients > 0) {
            population = atRandom("warm-up").injectClosed(constantConcurrentUsers(clients).during(warmup))
                    .andThen(atRandom(MEASURED).injectClosed(constantConcurrentUsers(clients).during(during)));
        } else {
            population = atRandom("warm-up").injectOpen(rampUsersPerSec(Math.max(1, rate / 10)).to(rate).during(warmup))
                    .andThen(atRandom(MEASURED).injectOpen(constantUsersPerSec(rate).during(during)));
        }
        setUp(population).protocols(protocol);
    }
}
