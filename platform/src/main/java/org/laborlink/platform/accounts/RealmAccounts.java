package org.laborlink.platform.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.laborlink.platform.problem.ProblemException;
import org.keycloak.admin.client.CreatedResponseUtil;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;

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

    /** The attributes that scope what an account may do; an account carries those of one object only. */
    static final List<String> SCOPE_ATTRIBUTES = List.of("employer_id", "worker_id", "provider_id", "region");

    /**
     * Refuses (409 {@code account-acts-for-another}) to link an account that already carries a scope attribute other
     * than {@code linking}: one account acts for one employer, labour file, provider or region, so that, say, an
     * employer's HR is never also the worker they hire. Asked before the link is recorded.
     */
    public Uni<Void> mayLink(String userId, java.util.Set<String> linking) {
        return IdentityProviderCalls.blocking("checking the account", () -> {
            Map<String, List<String>> attributes = keycloak.realm(realm).users().get(userId).toRepresentation().getAttributes();
            if (attributes != null) {
                for (String scope : SCOPE_ATTRIBUTES) {
                    if (!linking.contains(scope) && attributes.get(scope) != null && !attributes.get(scope).isEmpty()) {
                        throw ProblemException.conflict("account-acts-for-another", "this account already acts for "
                                + scope.replace("_id", "").replace('_', ' ') + " " + attributes.get(scope).get(0)
                                + "; sign up with another account for this");
                    }
                }
            }
            return null;
        });
    }

    /** Sets {@code attribute} to {@code value} on the user and grants them {@code role}; repeating it changes nothing. */
    public Uni<Void> link(String userId, String attribute, String value, String role) {
        return link(userId, Map.of(attribute, value), role);
    }

    /** Sets the attributes on the user and grants them {@code role}; repeating it changes nothing. */
    public Uni<Void> link(String userId, Map<String, String> values, String role) {
        return IdentityProviderCalls.blocking("linking the account", () -> {
            UserResource user = keycloak.realm(realm).users().get(userId);
            UserRepresentation rep = user.toRepresentation();
            Map<String, List<String>> attributes = rep.getAttributes() == null ? new HashMap<>() : new HashMap<>(rep.getAttributes());
            boolean changed = false;
            for (Map.Entry<String, String> v : values.entrySet()) {
                changed |= !List.of(v.getValue()).equals(attributes.put(v.getKey(), List.of(v.getValue())));
            }
            if (changed) {
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
            LOG.infof("account %s linked: %s, role %s", userId, values, role);
            return null;
        });
    }

    /** Removes the attribute and the role and ends the user's sessions; an account that is gone needs nothing. */
    public Uni<Void> unlink(String userId, String attribute, String role) {
        return unlink(userId, List.of(attribute), role);
    }

    /** Removes the attributes and the role and ends the user's sessions; an account that is gone needs nothing. */
    public Uni<Void> unlink(String userId, List<String> attributeNames, String role) {
        return IdentityProviderCalls.blocking("unlinking the account", () -> {
            UserResource user = keycloak.realm(realm).users().get(userId);
            UserRepresentation rep;
            try {
                rep = user.toRepresentation();
            } catch (WebApplicationException e) {
                if (e instanceof NotFoundException || e.getResponse().getStatus() == 404) {
                    return null; // the account is gone (deleted, or the realm was imported afresh): nothing to unlink
                }
                throw e;
            }
            if (rep.getAttributes() != null && attributeNames.stream().anyMatch(rep.getAttributes()::containsKey)) {
                Map<String, List<String>> attributes = new HashMap<>(rep.getAttributes());
                attributeNames.forEach(attributes::remove);
                rep.setAttributes(attributes);
                user.update(rep);
            }
            List<RoleRepresentation> held = new ArrayList<>(user.roles().realmLevel().listAll());
            held.removeIf(r -> !r.getName().equals(role));
            if (!held.isEmpty()) {
                user.roles().realmLevel().remove(held);
            }
            user.logout();
            LOG.infof("account %s unlinked: %s removed, role %s revoked, sessions ended", userId, attributeNames, role);
            return null;
        });
    }

    /**
     * Creates a person's account with their scope attribute set and their role granted, and mails them Keycloak's
     * link to set a password and confirm the address. Returns the Keycloak user id.
     */
    public Uni<String> createPerson(String username, String email, String firstName, String lastName, String attribute,
            String value, String role) {
        return IdentityProviderCalls.blocking("creating the account", () -> {
            UserRepresentation rep = new UserRepresentation();
            rep.setUsername(username);
            rep.setEmail(email);
            rep.setFirstName(firstName);
            rep.setLastName(lastName);
            rep.setEnabled(true);
            rep.setAttributes(Map.of(attribute, List.of(value)));
            List<String> actions = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");
            rep.setRequiredActions(actions);
            String id;
            try (Response created = keycloak.realm(realm).users().create(rep)) {
                if (created.getStatus() == 409) {
                    throw ProblemException.conflict("duplicate-account", "an account with this username or e-mail address exists");
                }
                id = CreatedResponseUtil.getCreatedId(created);
            }
            UserResource user = keycloak.realm(realm).users().get(id);
            List<RoleRepresentation> grant = user.roles().realmLevel().listAvailable().stream()
                    .filter(r -> r.getName().equals(role)).toList();
            user.roles().realmLevel().add(grant);
            user.executeActionsEmail(actions);
            LOG.infof("account %s (%s) created: %s=%s, role %s; set-password mail sent", id, username, attribute, value, role);
            return id;
        });
    }
}
