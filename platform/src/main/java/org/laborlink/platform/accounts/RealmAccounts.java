package org.laborlink.platform.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.laborlink.platform.problem.ProblemException;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The platform's hand on the laborlink realm: it links a person's Keycloak account to the object they act for (sets
 * the scope attribute, such as {@code employer_id}, and grants the realm role) and unlinks it (removes both and ends
 * the account's sessions, so its refresh token is refused at once and its access token within its 5 minutes). It signs
 * in as the confidential client {@code laborlink-accounts}, whose service account may manage the realm's users and
 * nothing else. Nobody types a scope attribute: the realm's user profile keeps unmanaged attributes admin-edit only.
 *
 * <p>Keycloak's admin client blocks, so each call runs on a worker thread and its outcome is handed back on the
 * caller's Vert.x context, where the reactive database session lives.
 */
@ApplicationScoped
@IfBuildProperty(name = "laborlink.accounts.linking", stringValue = "enabled")
public class RealmAccounts {

    private static final Logger LOG = Logger.getLogger(RealmAccounts.class);

    private final Keycloak keycloak;
    private final String realm;

    public RealmAccounts(Keycloak keycloak, @ConfigProperty(name = "laborlink.accounts.realm", defaultValue = "laborlink") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** Sets {@code attribute} to {@code value} on the user and grants them {@code role}; repeating it changes nothing. */
    public Uni<Void> link(String userId, String attribute, String value, String role) {
        return blocking(() -> {
            UserResource user = keycloak.realm(realm).users().get(userId);
            UserRepresentation rep = user.toRepresentation();
            Map<String, List<String>> attributes = rep.getAttributes() == null ? new HashMap<>() : new HashMap<>(rep.getAttributes());
            if (!List.of(value).equals(attributes.get(attribute))) {
                attributes.put(attribute, List.of(value));
                rep.setAttributes(attributes);
                user.update(rep);
            }
            // the roles the user does not hold yet (reading the realm's roles would need view-realm, which the
            // service account does not have)
            List<RoleRepresentation> grant = user.roles().realmLevel().listAvailable().stream()
                    .filter(r -> r.getName().equals(role)).toList();
            if (!grant.isEmpty()) {
                user.roles().realmLevel().add(grant);
            }
            LOG.infof("account %s linked: %s=%s, role %s", userId, attribute, value, role);
            return null;
        });
    }

    /** Removes the attribute and the role and ends the user's sessions; an account that is gone needs nothing. */
    public Uni<Void> unlink(String userId, String attribute, String role) {
        return blocking(() -> {
            UserResource user = keycloak.realm(realm).users().get(userId);
            UserRepresentation rep;
            try {
                rep = user.toRepresentation();
            } catch (NotFoundException gone) {
                return null;
            }
            if (rep.getAttributes() != null && rep.getAttributes().containsKey(attribute)) {
                Map<String, List<String>> attributes = new HashMap<>(rep.getAttributes());
                attributes.remove(attribute);
                rep.setAttributes(attributes);
                user.update(rep);
            }
            List<RoleRepresentation> held = new ArrayList<>(user.roles().realmLevel().listAll());
            held.removeIf(r -> !r.getName().equals(role));
            if (!held.isEmpty()) {
                user.roles().realmLevel().remove(held);
            }
            user.logout();
            LOG.infof("account %s unlinked: %s removed, role %s revoked, sessions ended", userId, attribute, role);
            return null;
        });
    }

    /** Runs a blocking admin call off the event loop; answers 503 when Keycloak cannot be reached or refuses. */
    private <T> Uni<T> blocking(Supplier<T> call) {
        Context context = Vertx.currentContext();
        Uni<T> uni = Uni.createFrom().item(() -> {
            try {
                return call.get();
            } catch (ProcessingException | WebApplicationException e) {
                LOG.warnf(e, "the identity provider refused or could not be reached");
                throw new ProblemException(503, "identity-provider-unavailable", "Service unavailable",
                        "accounts cannot be linked right now (the identity provider did not answer); what was recorded is kept: try again",
                        List.of());
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? uni : uni.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
