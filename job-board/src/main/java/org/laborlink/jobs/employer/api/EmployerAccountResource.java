package org.laborlink.jobs.employer.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.jobs.employer.EmployerTeam;
import org.laborlink.jobs.employer.domain.EmployerAccount;
import org.laborlink.platform.caller.Caller;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * The HR accounts of an employer and invitations to join them: its account admin and officers of its region invite
 * and remove; its HR read the list. Anyone else gets 404.
 */
@Path("/api/v1/employers/{id}")
@Authenticated
public class EmployerAccountResource {

    /** An account that acts (or acted) for the employer: the audit trail of who could act for it. */
    public record EmployerAccountView(UUID id, String userId, String username, String email, boolean accountAdmin,
            String linkedBy, Instant linkedAt, String removedBy, Instant removedAt) {

        static EmployerAccountView of(EmployerAccount a) {
            return new EmployerAccountView(a.id, a.userId, a.username, a.email, a.accountAdmin, a.linkedBy, a.linkedAt,
                    a.removedBy, a.removedAt);
        }
    }

    /** A new invitation: its code is shown this once, for the inviter to hand over. */
    public record InvitationView(UUID id, UUID employerId, String email, String phone, boolean accountAdmin, String code,
            Instant expiresAt) {
    }

    private final EmployerTeam team;
    private final Caller caller;

    public EmployerAccountResource(EmployerTeam team, Caller caller) {
        this.team = team;
        this.caller = caller;
    }

    @GET
    @Path("/accounts")
    public Uni<List<EmployerAccountView>> accounts(@PathParam("id") String id) {
        return team.of(id, caller).map(list -> list.stream().map(EmployerAccountView::of).toList());
    }

    @POST
    @Path("/invitations")
    public Uni<Response> invite(@PathParam("id") String id, @Valid @NotNull InviteColleague request) {
        return team.invite(id, request, caller).map(issued -> {
            var inv = issued.invitation();
            return Response.created(URI.create("/api/v1/employers/" + id + "/invitations/" + inv.id))
                    .entity(new InvitationView(inv.id, inv.employerId, inv.email, inv.phone, inv.accountAdmin, issued.code(),
                            inv.expiresAt)).build();
        });
    }

    /** Removes the account: its employer_id and role go, its sessions end (refused at the next token refresh). */
    @DELETE
    @Path("/accounts/{accountId}")
    public Uni<EmployerAccountView> remove(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        return team.remove(id, accountId, caller).map(EmployerAccountView::of);
    }
}
