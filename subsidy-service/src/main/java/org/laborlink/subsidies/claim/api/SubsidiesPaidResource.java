package org.laborlink.subsidies.claim.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.cooperation.CooperationPairs;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.platform.time.PlatformCalendar;
import org.laborlink.platform.time.ReportPeriod;
import org.laborlink.subsidies.claim.store.ClaimList;

import io.smallrye.mutiny.Uni;

/**
 * What a region paid out over a period, by programme (helping-company rewards, transport, SME hiring, public-welfare
 * posts, students' living, training), in yuan: the transcript's subsidy part. Officers and admins of the region see
 * every payment; a partner province's client (of the region's province or one paired with it) the payments for its own workers (no employer's reward); anyone else
 * 404. Totals only. {@code from} defaults to the first of January of {@code to}'s year, {@code to} to today (China).
 */
@Path("/api/v1/regions/{code}/subsidies-paid")
public class SubsidiesPaidResource {

    /** The payments of a period, and their sum. */
    public record PaidInPeriod(String region, LocalDate from, LocalDate to, String scope, BigDecimal total,
            List<ClaimList.Paid> byProgramme) {
    }

    private final ClaimList list;
    private final CooperationPairs pairs;
    private final Caller caller;

    public SubsidiesPaidResource(ClaimList list, CooperationPairs pairs, Caller caller) {
        this.list = list;
        this.pairs = pairs;
        this.caller = caller;
    }

    @GET
    public Uni<PaidInPeriod> paid(@PathParam("code") String code, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        if (!RegionCode.isWellFormed(code)) {
            throw ProblemException.notFound("subsidies paid by region", code);
        }
        String whose = pairs.whoseWorkers(caller, code)
                .orElseThrow(() -> ProblemException.notFound("subsidies paid by region", code));
        ReportPeriod period = ReportPeriod.yearToDate(from, to, PlatformCalendar.today());
        LocalDate start = period.from();
        LocalDate end = period.to();
        return list.paid(new RegionCode(code).prefix(), whose, PlatformCalendar.startOf(start),
                PlatformCalendar.endOf(end))
                .map(paid -> new PaidInPeriod(code, start, end, whose.isEmpty() ? "all" : whose + "0000",
                        paid.stream().map(ClaimList.Paid::amount).reduce(BigDecimal.ZERO, BigDecimal::add), paid));
    }
}
