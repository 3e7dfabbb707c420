package org.laborlink.jobs.transcript.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.laborlink.jobs.transcript.api.TranscriptViews.EmploymentTranscript;
import org.laborlink.jobs.transcript.store.TranscriptFigures.Direction;
import org.laborlink.jobs.transcript.store.TranscriptFigures;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.cooperation.CooperationPairs;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.platform.time.PlatformCalendar;
import org.laborlink.platform.time.ReportPeriod;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * job-board's part of a region's transcript (the gateway's {@code /api/v1/reports/transcript} adds subsidies and
 * training): employment by origin and by destination, fairs held in the paired regions, assisted employers. Officers
 * and admins of the region read all of it; a partner province's client (of the region's province, or of a province paired with it) the same figures of
 * its own workers only
 * (and the fairs held in its province); anyone else 404. Only counts, never a worker. {@code from} defaults to the
 * first of January of {@code to}'s year, {@code to} to today (China).
 */
@Path("/api/v1/regions/{code}/employment-transcript")
public class EmploymentTranscriptResource {

    private final TranscriptFigures figures;
    private final CooperationPairs pairs;
    private final AdministrativeDivisions divisions;
    private final Caller caller;
    private final Clock clock;

    public EmploymentTranscriptResource(TranscriptFigures figures, CooperationPairs pairs,
            AdministrativeDivisions divisions, Caller caller, Clock clock) {
        this.figures = figures;
        this.pairs = pairs;
        this.divisions = divisions;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @WithTransaction
    public Uni<EmploymentTranscript> transcript(@PathParam("code") String code, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        if (!RegionCode.isWellFormed(code) || divisions.find(code).isEmpty()) {
            throw ProblemException.notFound("transcript of region", code);
        }
        String whose = pairs.whoseWorkers(caller, code)
                .orElseThrow(() -> ProblemException.notFound("transcript of region", code));
        LocalDate today = PlatformCalendar.today(clock);
        ReportPeriod period = ReportPeriod.yearToDate(from, to, today);
        LocalDate start = period.from();
        LocalDate end = period.to();
        String scope = new RegionCode(code).prefix();
        List<String> partners = pairs.partnersOf(code);
        // a partner sees the fairs held in its own province only
        List<String> hosts = partners.stream().filter(p -> p.startsWith(whose)).map(p -> new RegionCode(p).prefix()).toList();
        return Panache.getSession().chain(session -> figures.readingMany(session).chain(() -> figures.side(session, Direction.DESTINATION, scope, whose, start, end,
                today, divisions::nameOf)
                .chain(destination -> figures.side(session, Direction.ORIGIN, scope, whose, start, end, today, divisions::nameOf)
                        .chain(origin -> figures.fairsHeld(session, scope, hosts, start, end, divisions::nameOf)
                                .chain(fairs -> figures.assistedEmployers(session, scope, whose, start, end)
                                        .map(employers -> new EmploymentTranscript(code, divisions.nameOf(code), start, end,
                                                whose.isEmpty() ? "all" : whose + "0000",
                                                partners, pairs.helpedBy(code), destination, origin, fairs, employers)))))));
    }
}
