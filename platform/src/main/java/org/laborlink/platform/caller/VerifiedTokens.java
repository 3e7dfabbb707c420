package org.laborlink.platform.caller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens this service has verified lately, with the identity Quarkus OIDC made of each, until the token
 * expires. A client sends the same token with every request for its lifetime (minutes), and verifying it (parsing
 * header and claims, checking the RSA signature) was about 40 % of the CPU a recommendation costs the gateway and
 * matching-service: a token seen before is not verified again.
 * <p>
 * Nothing is accepted that would not be: only an identity OIDC built from a signed JWT is remembered, keyed by the
 * whole token, and forgotten at its {@code exp}; the signature, issuer, audience and expiry were checked when it was
 * first seen, and the local verification of a JWT consults nothing that could change before it expires. An unknown
 * token goes to OIDC as before. At most {@value #AT_MOST} are remembered (a Caffeine cache: each entry expires at
 * its token's {@code exp} by the system clock, and when full the least useful entry goes). This assumes what the
 * services use: one OIDC tenant, bearer tokens verified locally (no introspection, no UserInfo), no step-up
 * authentication.
 * <p>
 * {@link Known} is the first {@link IdentityProvider} for tokens (a miss returns nothing and OIDC's provider runs
 * next) and {@link Remembered} the last {@link SecurityIdentityAugmentor} (what OIDC accepted is kept, as augmented).
 */
@ApplicationScoped
public class VerifiedTokens {

    static final int AT_MOST = 10_000;

    private record Verified(SecurityIdentity identity, Instant expires) {
    }

    private final Clock clock;
    private final Cache<String, Verified> verified;

    /**
     * A token's expiry is judged by the system clock, never by the platform's replaceable {@code Clock} bean: a test
     * clock set back must not make an expired token count as verified.
     */
    public VerifiedTokens() {
        this(Clock.systemUTC());
    }

    VerifiedTokens(Clock clock) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(AT_MOST)
                .ticker(() -> nanos(clock.instant()))
                .expireAfter(Expiry.creating((String token, Verified v) -> Duration.between(clock.instant(), v.expires())))
                .executor(Runnable::run) // upkeep on the calling thread: nothing to schedule, nothing left behind
                .build();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** The identity made of this token when it was verified, unless it has expired since. */
    SecurityIdentity identityOf(String token) {
        Verified known = token == null ? null : verified.getIfPresent(token);
        return known == null || !clock.instant().isBefore(known.expires()) ? null : known.identity();
    }

    /**
     * Remembers an identity OIDC made of a signed JWT, until the token expires. A token bound to a key or certificate
     * ({@code cnf}: DPoP, mTLS) is not remembered: that binding is checked per request.
     */
    void remember(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.getToken() == null || verified.getIfPresent(credential.getToken()) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0
                || jwt.containsClaim("cnf")) {
            return;
        }
        Instant expires = Instant.ofEpochSecond(jwt.getExpirationTime());
        if (clock.instant().isBefore(expires)) {
            verified.put(credential.getToken(), new Verified(withoutRequest(identity), expires));
        }
    }

    /**
     * The identity without the request it was made for (OIDC attaches the {@link RoutingContext}): kept for minutes,
     * it must not hold on to a finished request. Principal, credentials, roles and the other attributes are kept;
     * permission checkers are not (LaborLink authorises by roles and claims, see {@link Caller}).
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(RoutingContext.class.getName());
        return QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials()).addRoles(identity.getRoles()).addAttributes(attributes).build();
    }

    /** Answers for a token verified before, ahead of OIDC's provider (the default priority, 1001); otherwise passes. */
    @ApplicationScoped
    @Unremovable
    public static class Known implements IdentityProvider<TokenAuthenticationRequest> {

        private final VerifiedTokens tokens;

        public Known(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public int priority() {
            return 2000;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            SecurityIdentity known = tokens.identityOf(request.getToken().getToken());
            if (known == null) {
                return Uni.createFrom().nullItem();
            }
            // the identity refers to the request it was made for: point it at this one
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            return Uni.createFrom().item(routing == null ? known
                    : QuarkusSecurityIdentity.builder(known).addAttribute(RoutingContext.class.getName(), routing).build());
        }
    }

    /** Keeps what OIDC accepted, after every other augmentor has run. */
    @ApplicationScoped
    public static class Remembered implements SecurityIdentityAugmentor {

        private final VerifiedTokens tokens;

        public Remembered(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            tokens.remember(identity);
            return Uni.createFrom().item(identity);
        }
    }
}

