package org.laborlink.subsidies.claim.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.events.subsidies.ClaimStatus;
import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.subsidies.claim.ClaimProcessing;
import org.laborlink.subsidies.claim.domain.Claim;
import org.laborlink.subsidies.claim.store.ClaimList;
import org.laborlink.subsidies.idempotency.store.IdempotencyKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Subsidy claims: submitted by workers, employers and officers with an Idempotency-Key; read by their claimant, the
 * worker or employer they pay and the officers of their region (anyone else: 404); decided by those officers.
 */
@Path("/api/v1/claims")
public class ClaimResource {

    /** A page of claims and where the next starts. */
    public record ClaimPage(List<ClaimView> items, String next) {
    }

    private final ClaimProcessing claims;
    private final ClaimList list;
    private final IdempotencyKeys keys;
    private final Caller caller;
    private final ObjectMapper json;

    public ClaimResource(ClaimProcessing claims, ClaimList list, IdempotencyKeys keys, Caller caller, ObjectMapper json) {
        this.claims = claims;
        this.list = list;
        this.keys = keys;
        this.caller = caller;
        this.json = json;
    }

    @POST
    public Uni<Response> submit(@HeaderParam(IdempotencyKeys.HEADER) String key,
            @Valid @NotNull ClaimRequests.SubmitClaim request) {
        return keys.once(caller.subject(), key, "POST /api/v1/claims", request, () -> claims.submit(request, caller)
                .map(c -> Response.created(URI.create("/api/v1/claims/" + c.id)).entity(ClaimView.of(c, null)).build()));
    }

    @GET
    public Uni<ClaimPage> list(@QueryParam("region") String region, @QueryParam("status") ClaimStatus status,
            @QueryParam("programme") ProgrammeKind programme, @QueryParam("after") Long after,
            @QueryParam("limit") Integer limit) {
        int size = limit == null ? 50 : Math.max(1, Math.min(limit, 200));
        return list.page(caller, region, status, programme, after == null ? 0 : after, size)
                .map(page -> new ClaimPage(page.stream().map(c -> ClaimView.of(c, null)).toList(),
                        page.size() < size ? null : "/api/v1/claims?after=" + page.get(page.size() - 1).seq
                                + "&limit=" + size + (region == null ? "" : "&region=" + region)
                                + (status == null ? "" : "&status=" + status)
                                + (programme == null ? "" : "&programme=" + programme)));
    }

    @GET
    @Path("/{id}")
    public Uni<ClaimView> get(@PathParam("id") String id) {
        UUID claimId = PathIds.uuid("claim", id);
        return claims.claim(claimId, caller).chain(c -> claims.trail(claimId).map(rows -> ClaimView.of(c,
                rows.stream().map(this::entry).toList())));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({"officer", "admin"})
    public Uni<Response> approve(@PathParam("id") String id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        UUID claimId = PathIds.uuid("claim", id);
        return keys.once(caller.subject(), key, "POST /api/v1/claims/" + claimId + "/approve", "",
                () -> claims.approve(claimId, caller).map(ClaimResource::ok));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({"officer", "admin"})
    public Uni<ClaimView> reject(@PathParam("id") String id, @Valid @NotNull ClaimRequests.Reason request) {
        return claims.reject(PathIds.uuid("claim", id), request.reason().strip(), caller).map(c -> ClaimView.of(c, null));
    }

    @POST
    @Path("/{id}/reverse")
    @RolesAllowed({"officer", "admin"})
    public Uni<ClaimView> reverse(@PathParam("id") String id, @Valid @NotNull ClaimRequests.Reason request) {
        return claims.reverse(PathIds.uuid("claim", id), request.reason().strip(), caller).map(c -> ClaimView.of(c, null));
    }

    @POST
    @Path("/{id}/pay")
    @RolesAllowed({"officer", "admin"})
    public Uni<Response> pay(@PathParam("id") String id, @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Valid @NotNull ClaimRequests.Payment request) {
        UUID claimId = PathIds.uuid("claim", id);
        return keys.once(caller.subject(), key, "POST /api/v1/claims/" + claimId + "/pay", request,
                () -> claims.pay(claimId, request.paymentReference().strip(), caller).map(ClaimResource::ok));
    }

    private static Response ok(Claim c) {
        return Response.ok(ClaimView.of(c, null)).build();
    }

    private ClaimView.AuditEntry entry(Object[] row) {
        try {
            JsonNode detail = json.readTree((String) row[5]);
            return new ClaimView.AuditEntry(((Number) row[0]).intValue(), Instant.parse((String) row[1]),
                    (String) row[2], (String) row[3], ClaimStatus.valueOf((String) row[4]), detail);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
