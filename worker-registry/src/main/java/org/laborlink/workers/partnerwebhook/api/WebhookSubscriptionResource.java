package org.laborlink.workers.partnerwebhook.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.workers.partnerwebhook.PartnerWebhooks;
import org.laborlink.workers.partnerwebhook.api.WebhookViews.DeliveryView;
import org.laborlink.workers.partnerwebhook.api.WebhookViews.NewSecret;
import org.laborlink.workers.partnerwebhook.api.WebhookViews.NewSubscription;
import org.laborlink.workers.partnerwebhook.api.WebhookViews.SubscriptionView;

import io.smallrye.mutiny.Uni;

/**
 * A partner province's webhook subscriptions: news of its own workers (household region in the province) POSTed to
 * its HTTPS receiver, signed the Standard Webhooks way. Only the province's partner clients see and change them;
 * another province's subscription is 404.
 */
@Path("/api/v1/webhook-subscriptions")
@RolesAllowed("partner")
public class WebhookSubscriptionResource {

    private final PartnerWebhooks webhooks;
    private final Caller caller;

    public WebhookSubscriptionResource(PartnerWebhooks webhooks, Caller caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    public Uni<Response> subscribe(@Valid @NotNull SubscribeWebhook request) {
        return webhooks.subscribe(request, caller).map(s -> Response.created(URI.create("/api/v1/webhook-subscriptions/"
                + s.id())).entity(s).build());
    }

    @GET
    public Uni<List<SubscriptionView>> list() {
        return webhooks.ofOwnProvince(caller);
    }

    @GET
    @Path("/{id}")
    public Uni<SubscriptionView> get(@PathParam("id") String id) {
        return webhooks.get(PathIds.uuid("subscription", id), caller);
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") String id) {
        return webhooks.delete(PathIds.uuid("subscription", id), caller).map(v -> Response.noContent().build());
    }

    /** A new signing secret; the previous one goes on signing beside it for a while (laborlink.webhooks.previous-secret-valid-for). */
    @POST
    @Path("/{id}/secret")
    public Uni<NewSecret> rotateSecret(@PathParam("id") String id) {
        return webhooks.rotateSecret(PathIds.uuid("subscription", id), caller);
    }

    /** The subscription's deliveries, newest first, with how their last attempt went. */
    @GET
    @Path("/{id}/deliveries")
    public Uni<List<DeliveryView>> deliveries(@PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return webhooks.deliveries(PathIds.uuid("subscription", id), limit, caller);
    }

    /** One delivery sent again from now on, with its webhook-id, for another full retry period. */
    @POST
    @Path("/{id}/redeliveries")
    public Uni<Response> redeliver(@PathParam("id") String id, @Valid @NotNull Redeliver request) {
        return webhooks.redeliver(PathIds.uuid("subscription", id), request.webhookId(), caller)
                .map(d -> Response.accepted(d).build());
    }
}
