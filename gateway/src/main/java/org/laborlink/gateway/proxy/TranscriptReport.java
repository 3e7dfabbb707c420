package org.laborlink.gateway.proxy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.laborlink.platform.problem.Outages;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.platform.tracing.RequestIds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.stork.Stork;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * {@code GET /api/v1/reports/transcript?region=&from=&to=}: a region's east-west cooperation transcript, composed by
 * the gateway from the services' figure endpoints, each asked with the caller's own token (so each applies its own
 * access rules): job-board's employment transcript (employment by origin and by destination, fairs held in the paired
 * regions, assisted employers), subsidy-service's payments by programme, and training-service's trainees of every
 * region the region helps against that region's target. JSON, or CSV ({@code format=csv} or {@code Accept: text/csv});
 * the console draws it as a printable page. A section a service refuses the caller (404) is left out; a service that
 * cannot be reached makes the transcript 503, never a partial one passed off as whole.
 */
@ApplicationScoped
public class TranscriptReport {

    public static final String PATH = "/api/v1/reports/transcript";

    private static final Logger LOG = Logger.getLogger(TranscriptReport.class);
    private static final Set<String> PARAMETERS = Set.of("region", "from", "to", "format");

    /** A service's answer that is not a 200: passed on as it came (a problem of that service). */
    static final class Refused extends RuntimeException {

        final int status;
        final Buffer body;

        Refused(int status, Buffer body) {
            super("answered " + status, null, false, false);
            this.status = status;
            this.body = body;
        }
    }

    private final GatewayProblems problems;
    private final ObjectMapper json;
    private WebClient client;

    public TranscriptReport(GatewayProblems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    void routes(@Observes Router router, Vertx vertx) {
        client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setMaxPoolSize(16)
                .setConnectTimeout(2000).setIdleTimeout(60));
    }

    /** Answers the request, which the gateway has authenticated and rate-limited. */
    public void handle(RoutingContext ctx) {
        for (String name : ctx.queryParams().names()) {
            if (!PARAMETERS.contains(name)) {
                invalid(ctx, name, "is not a parameter of the transcript (region, from, to, format)");
                return;
            }
        }
        String region = ctx.queryParams().get("region");
        if (!RegionCode.isWellFormed(region)) {
            invalid(ctx, "region", RegionCode.MESSAGE);
            return;
        }
        String from = ctx.queryParams().get("from");
        String to = ctx.queryParams().get("to");
        for (String[] date : new String[][] {{"from", from}, {"to", to}}) {
            if (date[1] != null && !isDate(date[1])) {
                invalid(ctx, date[0], "must be a date (yyyy-mm-dd)");
                return;
            }
        }
        String format = ctx.queryParams().get("format");
        boolean csv = "csv".equals(format) || (format == null && String.valueOf(ctx.request().getHeader("Accept")).contains("text/csv"));
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            invalid(ctx, "format", "must be json or csv");
            return;
        }
        String period = (from == null ? "" : "from=" + from) + (to == null ? "" : (from == null ? "" : "&") + "to=" + to);
        String query = period.isEmpty() ? "" : "?" + period;
        compose(ctx, region, query).onSuccess(transcript -> {
            try {
                if (csv) {
                    ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
                            .putHeader("Content-Disposition", "attachment; filename=\"transcript-" + region + ".csv\"")
                            .end(TranscriptCsv.write(transcript));
                } else {
                    ctx.response().putHeader("Content-Type", "application/json").end(json.writeValueAsString(transcript));
                }
            } catch (Exception e) {
                ctx.fail(e);
            }
        }).onFailure(failure -> {
            if (failure instanceof Refused refused) {
                ctx.response().setStatusCode(refused.status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(refused.body);
            } else {
                LOG.warnf("transcript of %s: a service cannot be reached: %s", region, failure.toString());
                ctx.response().putHeader("Retry-After", String.valueOf(Outages.RETRY_AFTER_SECONDS));
                problems.send(ctx, 503, "service-unavailable", "Service Unavailable", "a service the transcript is "
                        + "made from cannot be reached right now; try again in " + Outages.RETRY_AFTER_SECONDS + " s");
            }
        });
    }

    /** job-board's part first (a refusal there refuses the transcript), then subsidies and each helped region's training. */
    private Future<ObjectNode> compose(RoutingContext ctx, String region, String query) {
        return get(ctx, RouteTable.JOB_BOARD, "/api/v1/regions/" + region + "/employment-transcript" + query)
                .compose(employment -> {
                    ObjectNode transcript = (ObjectNode) employment;
                    LocalDate to = LocalDate.parse(transcript.path("to").asText());
                    List<Future<JsonNode>> training = new ArrayList<>();
                    for (JsonNode helped : transcript.path("helpedRegions")) {
                        training.add(optional(get(ctx, RouteTable.TRAINING, "/api/v1/regions/" + helped.asText()
                                + "/training-targets?year=" + to.getYear())));
                    }
                    Future<JsonNode> subsidies = optional(get(ctx, RouteTable.SUBSIDY, "/api/v1/regions/" + region
                            + "/subsidies-paid?from=" + transcript.path("from").asText() + "&to=" + to));
                    return Future.all(subsidies, Future.all(new ArrayList<>(training))).map(all -> {
                        transcript.set("subsidiesPaid", subsidies.result());
                        var trainees = transcript.putArray("trainingOfHelpedRegions");
                        for (Future<JsonNode> report : training) {
                            if (report.result() != null && !report.result().isNull()) {
                                ObjectNode figures = (ObjectNode) report.result().path("total").deepCopy();
                                figures.put("year", report.result().path("year").asInt());
                                trainees.add(figures);
                            }
                        }
                        return transcript;
                    });
                });
    }

    /** A section the caller may not see (404) is left out (null); anything else fails the transcript. */
    private static Future<JsonNode> optional(Future<JsonNode> section) {
        return section.recover(failure -> failure instanceof Refused r && r.status == 404
                ? Future.succeededFuture(null) : Future.failedFuture(failure));
    }

    private Future<JsonNode> get(RoutingContext ctx, String service, String uri) {
        return Future.fromCompletionStage(Stork.getInstance().getService(service).selectInstance()
                .subscribeAsCompletionStage())
                .compose(instance -> {
                    var request = client.get(instance.getPort(), instance.getHost(), uri).timeout(20_000)
                            .putHeader("Authorization", ctx.request().getHeader("Authorization"))
                            .putHeader("Accept", "application/json");
                    String id = RequestIds.of(ctx);
                    if (id != null) {
                        request.putHeader(RequestIds.HEADER, id);
                    }
                    String language = ctx.request().getHeader("Accept-Language");
                    if (language != null) {
                        request.putHeader("Accept-Language", language);
                    }
                    return request.send();
                })
                .compose((HttpResponse<Buffer> response) -> {
                    if (response.statusCode() != 200) {
                        return Future.failedFuture(new Refused(response.statusCode(), response.body()));
                    }
                    try {
                        return Future.succeededFuture(json.readTree(response.body().getBytes()));
                    } catch (Exception e) {
                        return Future.failedFuture(e);
                    }
                });
    }

    private void invalid(RoutingContext ctx, String field, String message) {
        problems.send(ctx, 400, "invalid-parameter", "Bad request", field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
