package org.laborlink.training.provider.api;

import java.net.URI;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.platform.caller.Caller;
import org.laborlink.training.provider.ProviderRegistration;
import org.laborlink.training.provider.domain.TrainingProvider;
import org.laborlink.training.provider.domain.TrainingProvider.Standing;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * Training providers: their staff sign up and register them (or an officer of their region does); officers of their
 * region verify or refuse them. Only a verified provider offers courses.
 */
@Path("/api/v1/providers")
public class ProviderResource {

    public record ProviderView(String id, long version, String name, String creditCode, String region, String address,
            Standing standing, String standingReason, Instant standingAt, Instant registeredAt) {

        static ProviderView of(TrainingProvider p) {
            return new ProviderView(p.id, p.version, p.name, p.creditCode, p.region, p.address, p.standing,
                    p.standingReason, p.standingAt, p.registeredAt);
        }
    }

    private final ProviderRegistration registration;
    private final Caller caller;

    public ProviderResource(ProviderRegistration registration, Caller caller) {
        this.registration = registration;
        this.caller = caller;
    }

    /** Registers a provider, PENDING; its staff's own account is linked to it (seen after a token refresh). */
    @POST
    @Authenticated
    public Uni<Response> register(@Valid @NotNull RegisterProvider request) {
        return registration.register(request, caller).map(r -> (r.created()
                ? Response.created(URI.create("/api/v1/providers/" + r.provider().id)) : Response.ok())
                .entity(ProviderView.of(r.provider())).build());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public Uni<ProviderView> get(@PathParam("id") String id) {
        return registration.get(id, caller).map(ProviderView::of);
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed({"officer", "admin"})
    public Uni<ProviderView> verify(@PathParam("id") String id) {
        return registration.verify(id, caller).map(ProviderView::of);
    }

    @POST
    @Path("/{id}/refuse")
    @RolesAllowed({"officer", "admin"})
    public Uni<ProviderView> refuse(@PathParam("id") String id, @Valid @NotNull ProviderDecision decision) {
        return registration.refuse(id, decision.reason().strip(), caller).map(ProviderView::of);
    }
}
