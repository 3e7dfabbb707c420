package org.laborlink.gateway.proxy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.reference.RegionCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/v1/reports/transcript?region=&from=&to=}: a region's east-west cooperation transcript, composed by
 * the gateway from the services' figure endpoints, each asked with the caller's own token (so each applies its own
 * access rules): job-board's employment transcript (employment by origin and by destination, fairs held in the paired
 * regions, assisted employers) and rights figures (cases filed in the period about work in the region, and of its
 * people wherever they work), subsidy-service's payments by programme, and training-service's trainees of every
 * region the region helps against that region's target. JSON, or CSV ({@code format=csv} or {@code Accept: text/csv});
 * the console draws it as a printable page. A section a service refuses the caller (404) is left out; a service that
 * cannot be reached makes the transcript 503, never a partial one passed off as whole.
 */
@ApplicationScoped
public class TranscriptReport {

    public static final String PATH = "/api/v1/reports/transcript";

    private static final Set<String> PARAMETERS = Set.of("region", "from", "to", "format");

    private final GatewayProblems problems;
    private final ServiceCalls services;

    public TranscriptReport(GatewayProblems problems, ServiceCalls services) {
        this.problems = problems;
        this.services = services;
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
            if (!csv) {
                services.json(ctx, transcript);
                return;
            }
            try {
                ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
                        .putHeader("Content-Disposition", "attachment; filename=\"transcript-" + region + ".csv\"")
                        .end(TranscriptCsv.write(transcript));
            } catch (Exception e) {
                ctx.fail(e);
            }
        }).onFailure(failure -> services.fail(ctx, failure, "the transcript of " + region));
    }

    /** job-board's part first (a refusal there refuses the transcript), then rights, subsidies and training. */
    private Future<ObjectNode> compose(RoutingContext ctx, String region, String query) {
        return services.get(ctx, RouteTable.JOB_BOARD, "/api/v1/regions/" + region + "/employment-transcript" + query)
                .compose(employment -> {
                    ObjectNode transcript = (ObjectNode) employment;
                    LocalDate to = LocalDate.parse(transcript.path("to").asText());
                    String period = "from=" + transcript.path("from").asText() + "&to=" + to;
                    List<Future<JsonNode>> training = new ArrayList<>();
                    for (JsonNode helped : transcript.path("helpedRegions")) {
                        training.add(section(ctx, RouteTable.TRAINING, "/api/v1/regions/" + helped.asText()
                                + "/training-targets?year=" + to.getYear()));
                    }
                    String regionPath = "/api/v1/regions/" + region;
                    Future<JsonNode> subsidies = section(ctx, RouteTable.SUBSIDY, regionPath + "/subsidies-paid?" + period);
                    Future<JsonNode> rightsHere = section(ctx, RouteTable.JOB_BOARD,
                            regionPath + "/rights-figures?side=work&" + period);
                    Future<JsonNode> rightsOfItsPeople = section(ctx, RouteTable.JOB_BOARD,
                            regionPath + "/rights-figures?side=home&" + period);
                    return Future.all(subsidies, rightsHere, rightsOfItsPeople, Future.all(new ArrayList<>(training)))
                            .map(all -> {
                                transcript.set("subsidiesPaid", subsidies.result());
                                ObjectNode rights = transcript.putObject("rights");
                                rights.set("workHere", rightsHere.result());
                                rights.set("workersFromHere", rightsOfItsPeople.result());
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

    private Future<JsonNode> section(RoutingContext ctx, String service, String uri) {
        return ServiceCalls.optional(services.get(ctx, service, uri));
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
