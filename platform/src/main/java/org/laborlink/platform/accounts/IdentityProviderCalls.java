package org.laborlink.platform.accounts;

import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;
import org.laborlink.platform.problem.ProblemException;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Keycloak's admin client blocks: each call runs on a worker thread and its outcome is handed back on the caller's
 * Vert.x context, where the reactive database session lives. A Keycloak that cannot be reached or refuses answers
 * 503: what the service recorded is kept, and repeating the request completes it.
 */
final class IdentityProviderCalls {

    private static final Logger LOG = Logger.getLogger(IdentityProviderCalls.class);

    private IdentityProviderCalls() {
    }

    static <T> Uni<T> blocking(String what, Supplier<T> call) {
        Context context = Vertx.currentContext();
        Uni<T> uni = Uni.createFrom().item(() -> {
            try {
                return call.get();
            } catch (ProcessingException | WebApplicationException e) {
                LOG.warnf(e, "the identity provider refused or could not be reached (%s)", what);
                throw new ProblemException(503, "identity-provider-unavailable", "Service unavailable", what
                        + " cannot be done right now (the identity provider did not answer); what was recorded is kept: try again",
                        List.of());
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? uni : uni.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
