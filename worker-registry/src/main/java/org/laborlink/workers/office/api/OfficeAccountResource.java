package org.laborlink.workers.office.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.laborlink.platform.caller.Caller;
import org.laborlink.workers.office.OfficeStaffing;
import org.laborlink.workers.office.domain.OfficeAccount;
import org.laborlink.workers.office.domain.OfficeAccount.OfficeRole;

import io.smallrye.mutiny.Uni;

/** Officers' and admins' accounts: an admin creates those of regions within theirs and lists them. */
@Path("/api/v1/office-accounts")
@RolesAllowed("admin")
public class OfficeAccountResource {

    public record OfficeAccountView(String userId, String username, String email, OfficeRole role, String region,
            String createdBy, Instant createdAt) {

        static OfficeAccountView of(OfficeAccount a) {
            return new OfficeAccountView(a.userId, a.username, a.email, a.role, a.region, a.createdBy, a.createdAt);
        }
    }

    private final OfficeStaffing staffing;
    private final Caller caller;

    public OfficeAccountResource(OfficeStaffing staffing, Caller caller) {
        this.staffing = staffing;
        this.caller = caller;
    }

    /** Creates the account; Keycloak mails its owner the link to set a password. */
    @POST
    public Uni<Response> create(@Valid @NotNull CreateOfficeAccount request) {
        return staffing.create(request, caller).map(a -> Response.created(URI.create("/api/v1/office-accounts"))
                .entity(OfficeAccountView.of(a)).build());
    }

    @GET
    public Uni<List<OfficeAccountView>> list() {
        return staffing.within(caller).map(list -> list.stream().map(OfficeAccountView::of).toList());
    }
}
