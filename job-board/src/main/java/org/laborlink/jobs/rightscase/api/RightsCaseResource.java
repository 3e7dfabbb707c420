package org.laborlink.jobs.rightscase.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.jobs.rightscase.RightsProtection;
import org.laborlink.jobs.rightscase.WarningReview;
import org.laborlink.jobs.rightscase.store.RightsFigures;
import org.laborlink.jobs.rightscase.api.RightsCaseRequests.FileCase;
import org.laborlink.jobs.rightscase.api.RightsCaseRequests.SetRightsPolicy;
import org.laborlink.jobs.rightscase.api.RightsCaseRequests.TakeStep;
import org.laborlink.jobs.rightscase.api.RightsCaseViews.CaseView;
import org.laborlink.jobs.rightscase.api.RightsCaseViews.RightsPolicyView;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Rights-protection cases: filed about an employment record, handled step by step by the work region's officers,
 * with their trail and deadlines; and each province's deadlines.
 */
@Path("/api/v1")
public class RightsCaseResource {

    private final RightsProtection rights;
    private final WarningReview warnings;
    private final Caller caller;

    public RightsCaseResource(RightsProtection rights, WarningReview warnings, Caller caller) {
        this.rights = rights;
        this.warnings = warnings;
        this.caller = caller;
    }

    @POST
    @Path("/rights-cases")
    @RolesAllowed({"worker", "officer", "admin", "partner"})
    public Uni<Response> file(@Valid @NotNull FileCase request) {
        return rights.file(request, caller).map(c -> Response.created(URI.create("/api/v1/rights-cases/" + c.id()))
                .entity(c).build());
    }

    @GET
    @Path("/rights-cases")
    @WithSession
    public Uni<List<CaseView>> list(@QueryParam("region") String region,
            @QueryParam("open") @DefaultValue("false") boolean open,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return rights.list(region, open, overdue, limit, caller);
    }

    @GET
    @Path("/rights-cases/{id}")
    @WithSession
    public Uni<CaseView> get(@PathParam("id") String id) {
        return rights.get(PathIds.uuid("rights case", id), caller);
    }

    /** A step of the work region's officers: acknowledge, contact the employer, mediate, resolve, refer. */
    @POST
    @Path("/rights-cases/{id}/steps")
    @RolesAllowed({"officer", "admin"})
    public Uni<CaseView> take(@PathParam("id") String id, @Valid @NotNull TakeStep request) {
        return rights.take(PathIds.uuid("rights case", id), request, caller);
    }

    /** The worker's employment records, how they ended and the cases about them. */
    @GET
    @Path("/workers/{id}/rights-file")
    @WithSession
    public Uni<RightsProtection.RightsFile> rightsFile(@PathParam("id") String id) {
        return rights.rightsFile(PathIds.uuid("worker", id), caller);
    }

    /**
     * The rights figures of a region: cases of work in it ({@code side=work}, the default) or of the workers whose
     * household is in it ({@code side=home}); of one employer ({@code employerId}); filed from/to (days, optional).
     */
    @GET
    @Path("/regions/{code}/rights-figures")
    @WithSession
    public Uni<RightsCaseViews.RightsFiguresView> figures(@PathParam("code") String code,
            @QueryParam("employerId") String employerId, @QueryParam("side") @DefaultValue("work") String side,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        if (employerId != null && !employerId.matches("[0-9a-f-]{36}")) {
            throw ProblemException.invalidField("employerId", "must be a UUID");
        }
        RightsFigures.Side named = RightsFigures.Side.named(side);
        if (named == null) {
            throw ProblemException.invalidField("side", "must be work or home");
        }
        return rights.figures(code, named, employerId, from, to, caller);
    }

    /**
     * The flagged employers in a region or employing its people now (how many), for the region's officers and its
     * province's partner: how the offices of the workers' homes are told of an early warning.
     */
    @GET
    @Path("/regions/{code}/employer-warnings")
    @WithSession
    public Uni<List<WarningReview.FlaggedEmployer>> employerWarnings(@PathParam("code") String code) {
        return warnings.flaggedFor(code, caller);
    }

    @GET
    @Path("/rights-policies/{province}")
    @WithSession
    public Uni<RightsPolicyView> policy(@PathParam("province") String province) {
        if (!province.matches("[1-9][0-9]0000")) {
            throw ProblemException.notFound("rights policy of province", province);
        }
        return rights.policy(province).map(RightsPolicyView::of);
    }

    @PUT
    @Path("/rights-policies/{province}")
    @RolesAllowed("admin")
    public Uni<RightsPolicyView> setPolicy(@PathParam("province") String province, @Valid @NotNull SetRightsPolicy request) {
        return rights.setPolicy(province, request, caller).map(RightsPolicyView::of);
    }
}
