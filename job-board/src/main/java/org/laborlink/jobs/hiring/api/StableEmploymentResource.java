package org.laborlink.jobs.hiring.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.laborlink.jobs.hiring.api.HiringViews.StableEmploymentFigures;
import org.laborlink.jobs.hiring.store.StableEmploymentStore;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.platform.time.PlatformCalendar;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Stable-employment figures (3- and 6-month stays, retention across a period such as the Spring Festival) for the
 * workers from a region: its officers and the partner of its province. {@code from}/{@code to} default to 30 days ago
 * and today. An employer's figures are at /api/v1/employers/{id}/stable-employment.
 */
@Path("/api/v1/regions/{code}/stable-employment")
public class StableEmploymentResource {

    private final StableEmploymentStore figures;
    private final Caller caller;
    private final Clock clock;

    public StableEmploymentResource(StableEmploymentStore figures, Caller caller, Clock clock) {
        this.clock = clock;
        this.figures = figures;
        this.caller = caller;
    }

    @GET
    @WithSession
    public Uni<StableEmploymentFigures> ofOrigin(@PathParam("code") String code, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        if (!RegionCode.isWellFormed(code)) {
            throw ProblemException.invalidField("code", RegionCode.MESSAGE);
        }
        boolean partner = caller.is(Role.PARTNER) && caller.province().map(p -> p.contains(code)).orElse(false);
        if (!partner && !caller.governs(code)) {
            throw ProblemException.notFound("region", code);
        }
        LocalDate today = PlatformCalendar.today(clock);
        return figures.ofOrigin(new RegionCode(code).prefix(), fromOrDefault(from, today), toOrDefault(to, from, today));
    }

    /** A report's first day: the one asked for, or 30 days before today. */
    public static LocalDate fromOrDefault(LocalDate from, LocalDate today) {
        return from != null ? from : today.minusDays(30);
    }

    /** A report's last day: the one asked for, or today; never before its first. */
    public static LocalDate toOrDefault(LocalDate to, LocalDate from, LocalDate today) {
        LocalDate end = to != null ? to : today;
        if (end.isBefore(fromOrDefault(from, today))) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        return end;
    }

}
