package org.laborlink.subsidies.claim.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.subsidies.claim.store.ClaimList;

/**
 * What a partner province reads of subsidies: totals (never single claims) of the claims for workers whose household
 * is in that province, wherever they were paid, by programme and status.
 */
@Path("/api/v1/partners/{province}/claim-totals")
public class PartnerClaimTotalsResource {

    /** Totals for a province's workers. */
    public record ProvinceTotals(String province, Integer year, List<ClaimList.Count> claims) {
    }

    private final ClaimList list;
    private final Caller caller;

    public PartnerClaimTotalsResource(ClaimList list, Caller caller) {
        this.list = list;
        this.caller = caller;
    }

    @GET
    public io.smallrye.mutiny.Uni<ProvinceTotals> totals(@PathParam("province") String province,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        boolean partner = caller.is(Role.PARTNER) && caller.province().map(p -> p.value().equals(province)).orElse(false);
        if (!RegionCode.isWellFormed(province) || (!partner && !caller.governs(province))) {
            throw ProblemException.notFound("claim totals of province", province);
        }
        return list.counts(province.substring(0, 2), true, year).map(counts -> new ProvinceTotals(province, year, counts));
    }
}
