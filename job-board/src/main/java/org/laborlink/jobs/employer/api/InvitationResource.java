package org.laborlink.jobs.employer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.laborlink.jobs.employer.EmployerTeam;
import org.laborlink.jobs.employer.api.EmployerAccountResource.EmployerAccountView;
import org.laborlink.platform.caller.Caller;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * An invited colleague accepts with their own signed-in account: the platform links it to the employer (employer_id
 * and the employer role, seen after a token refresh). Unknown or used codes get 404, expired ones 410.
 */
@Path("/api/v1/employer-invitations")
@Authenticated
public class InvitationResource {

    private final EmployerTeam team;
    private final Caller caller;

    public InvitationResource(EmployerTeam team, Caller caller) {
        this.team = team;
        this.caller = caller;
    }

    @POST
    @Path("/accept")
    public Uni<EmployerAccountView> accept(@Valid @NotNull AcceptInvitation request) {
        return team.accept(request.code(), caller).map(EmployerAccountView::of);
    }
}
