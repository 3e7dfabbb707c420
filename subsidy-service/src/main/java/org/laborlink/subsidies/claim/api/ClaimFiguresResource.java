package org.laborlink.subsidies.claim.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.platform.time.PlatformCalendar;
import org.laborlink.subsidies.claim.store.ClaimList;
import org.laborlink.subsidies.policy.api.SubsidyPolicyResource.BudgetView;
import org.laborlink.subsidies.policy.store.PolicyCatalogue;

import io.smallrye.mutiny.Uni;

/**
 * A region's subsidy figures for its officers: claims and amounts by programme and status (of the claims the region
 * pays), and its budgets of the year with what is used and left.
 */
@Path("/api/v1/regions/{code}/claim-figures")
public class ClaimFiguresResource {

    /** ClaimProcessing by programme and status, and budgets of the year. */
    public record RegionFigures(String region, int year, List<ClaimList.Count> claims, List<BudgetView> budgets) {
    }

    private final ClaimList list;
    private final PolicyCatalogue catalogue;
    private final Mutiny.SessionFactory sessions;
    private final Caller caller;

    public ClaimFiguresResource(ClaimList list, PolicyCatalogue catalogue, Mutiny.SessionFactory sessions, Caller caller) {
        this.list = list;
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.caller = caller;
    }

    @GET
    public Uni<RegionFigures> figures(@PathParam("code") String code, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        if (!RegionCode.isWellFormed(code) || !caller.governs(code)) {
            throw ProblemException.notFound("claim figures of region", code);
        }
        int y = year == null ? PlatformCalendar.today().getYear() : year;
        String prefix = new RegionCode(code).prefix();
        return list.counts(prefix, false, y).chain(counts -> sessions.withSession(session ->
                catalogue.budgets(session, prefix, y)).map(budgets -> new RegionFigures(code, y, counts,
                        budgets.stream().map(BudgetView::of).toList())));
    }
}
