package org.laborlink.workers.partnerclient.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.platform.accounts.PartnerClients.Credentials;
import org.laborlink.platform.caller.Caller;
import org.laborlink.workers.partnerclient.PartnerClientIssuing;
import org.laborlink.workers.partnerclient.domain.PartnerClient;

import io.smallrye.mutiny.Uni;

/** Partner provinces' clients: created and rotated by an admin of that province; secrets are shown once. */
@Path("/api/v1/partner-clients")
@RolesAllowed("admin")
public class PartnerClientResource {

    public record PartnerClientView(String clientId, String province, String name, String createdBy, Instant createdAt,
            String rotatedBy, Instant rotatedAt) {

        static PartnerClientView of(PartnerClient c) {
            return new PartnerClientView(c.clientId, c.province, c.name, c.createdBy, c.createdAt, c.rotatedBy, c.rotatedAt);
        }
    }

    private final PartnerClientIssuing issuing;
    private final Caller caller;

    public PartnerClientResource(PartnerClientIssuing issuing, Caller caller) {
        this.issuing = issuing;
        this.caller = caller;
    }

    @POST
    public Uni<Response> create(@Valid @NotNull CreatePartnerClient request) {
        return issuing.create(request, caller).map(c -> Response.created(URI.create("/api/v1/partner-clients/" + c.clientId()))
                .entity(c).build());
    }

    @GET
    public Uni<List<PartnerClientView>> list() {
        return issuing.ofOwnProvince(caller).map(list -> list.stream().map(PartnerClientView::of).toList());
    }

    /** A new secret; the old one is refused from now on. */
    @POST
    @Path("/{clientId}/secret")
    public Uni<Credentials> rotate(@PathParam("clientId") String clientId) {
        return issuing.rotate(clientId, caller);
    }
}
