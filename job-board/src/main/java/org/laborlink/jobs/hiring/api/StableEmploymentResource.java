package org.laborlink.jobs.hiring.api;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.laborlink.jobs.hiring.store.StableEmploymentStore;
import org.laborlink.jobs.hiring.api.HiringViews.StableEmploymentFigures;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;

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

    public StableEmploymentResource(StableEmploymentStore figures, Caller caller) {
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
        return figures.ofOrigin(new RegionCode(code).prefix(), fromOrDefault(from), toOrDefault(to, from));
    }

    public static LocalDate fromOrDefault(LocalDate from) {
        return from != null ? from : LocalDate.now().minusDays(30);
    }

    public static LocalDate toOrDefault(LocalDate to, LocalDate from) {
        LocalDate end = to != null ? to : LocalDate.now();
        if (end.isBefore(fromOrDefault(from))) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        return end;
    }

}
