package org.laborlink.platform.caller;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.laborlink.platform.reference.RegionCode;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, from their validated Keycloak token: roles and the scope claims ({@code worker_id},
 * {@code employer_id}, {@code region}, {@code province}). Object-level checks in every service start here.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean is(Role role) {
        return identity.hasRole(role.roleName());
    }

    /** The token's subject: the Keycloak user or client id, recorded as who changed what. */
    public String subject() {
        return identity.isAnonymous() ? "anonymous" : token.getSubject();
    }

    /** The caller's own token as an Authorization header, for a call made on their behalf to another service. */
    public String bearer() {
        return "Bearer " + token.getRawToken();
    }

    public Optional<String> workerId() {
        return claim("worker_id");
    }

    public Optional<String> employerId() {
        return claim("employer_id");
    }

    /** The training provider a provider account belongs to. */
    public Optional<String> providerId() {
        return claim("provider_id");
    }

    /** The administrative region an officer or admin works for (a training provider's too). */
    public Optional<RegionCode> region() {
        return claim("region").filter(RegionCode::isWellFormed).map(RegionCode::new);
    }

    /** The province a partner client speaks for. */
    public Optional<RegionCode> province() {
        return claim("province").filter(RegionCode::isWellFormed).map(RegionCode::new);
    }

    /** The account's e-mail address, as Keycloak holds it. */
    public Optional<String> email() {
        return claim("email");
    }

    /** The account's sign-in name. */
    public Optional<String> username() {
        return claim("preferred_username");
    }

    /** Whether Keycloak has seen the account's owner open the link it mailed to their address. */
    public boolean emailVerified() {
        return claim("email_verified").filter("true"::equals).isPresent();
    }

    /**
     * A person's account the platform has not yet linked to anything: no LaborLink role and no scope claim. Such an
     * account may register an employer (and become its account admin) or accept an invitation.
     */
    public boolean isUnlinkedPerson() {
        if (identity.isAnonymous() || claim("province").isPresent()) {
            return false;
        }
        for (Role role : Role.values()) {
            if (role != Role.EMPLOYER && is(role)) {
                return false;
            }
        }
        return employerId().isEmpty() && workerId().isEmpty() && providerId().isEmpty() && region().isEmpty();
    }

    /**
     * A person who may register an organisation of their own (an employer, a training provider) and so become the
     * first account acting for it: an unlinked account whose owner verified their e-mail address.
     */
    public boolean maySignUpAnOrganisation() {
        return isUnlinkedPerson() && emailVerified();
    }

    /** An officer or admin whose region contains {@code regionCode}. */
    public boolean governs(String regionCode) {
        return (is(Role.OFFICER) || is(Role.ADMIN)) && region().map(r -> r.contains(regionCode)).orElse(false);
    }

    /**
     * Whether this caller may see a worker's labour file (or anything derived from it): the worker themselves,
     * officers and admins of the household or current region, partners of the household province.
     */
    public boolean canSeeWorker(String workerId, String householdRegion, String currentRegion) {
        if (is(Role.WORKER) && workerId().filter(workerId::equals).isPresent()) {
            return true;
        }
        if (governs(householdRegion) || (currentRegion != null && governs(currentRegion))) {
            return true;
        }
        return is(Role.PARTNER) && province().map(p -> p.contains(householdRegion)).orElse(false);
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        // read from the parsed claims where Quarkus OIDC keeps them: JsonWebToken.getClaim first tries the name as
        // a standard claim and throws (and catches) an exception for each custom one, on every request
        Object value = identity.getPrincipal() instanceof OidcJwtCallerPrincipal principal
                ? principal.getClaims().getClaimValue(name)
                : token.getClaim(name);
        if (value instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        return Optional.ofNullable(value).map(Object::toString).filter(s -> !s.isBlank());
    }
}
