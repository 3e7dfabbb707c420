package org.laborlink.platform.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private static SecurityIdentity verified(String token, Instant expires) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("officer-kaili");
        claims.setExpirationTime(NumericDate.fromSeconds(expires.getEpochSecond()));
        AccessTokenCredential credential = new AccessTokenCredential(token);
        return QuarkusSecurityIdentity.builder().setPrincipal(new OidcJwtCallerPrincipal(claims, credential))
                .addCredential(credential).addRole("officer").build();
    }

    @Test
    void aTokenSeenBeforeAnswersWithItsIdentityUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens();
        SecurityIdentity identity = verified("token-a", NOW.plusSeconds(300));
        tokens.remember(identity, NOW);

        SecurityIdentity known = tokens.identityOf("token-a", NOW.plusSeconds(299));
        assertSame(identity.getPrincipal(), known.getPrincipal());
        assertEquals(identity.getRoles(), known.getRoles());
        assertEquals(identity.getCredentials(), known.getCredentials());
        assertNull(tokens.identityOf("token-b", NOW), "another token is verified by OIDC");
        assertNull(tokens.identityOf("token-a", NOW.plusSeconds(300)), "forgotten at its exp");
        assertNull(tokens.identityOf("token-a", NOW), "and not answered again once forgotten");
    }

    @Test
    void onlyUnexpiredSignedTokensAreRemembered() {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.remember(verified("expired", NOW.minusSeconds(1)), NOW);
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("someone"))
                .addCredential(new AccessTokenCredential("opaque")).build(), NOW);

        assertNull(tokens.identityOf("expired", NOW.minusSeconds(10)));
        assertNull(tokens.identityOf("opaque", NOW), "an identity without a JWT (no exp) is not kept");
    }

    @Test
    void keepsAtMostItsLimitDroppingTheExpiredFirst() {
        VerifiedTokens tokens = new VerifiedTokens();
        for (int i = 0; i < VerifiedTokens.AT_MOST - 1; i++) {
            tokens.remember(verified("short-" + i, NOW.plusSeconds(10)), NOW);
        }
        SecurityIdentity lasting = verified("lasting", NOW.plusSeconds(600));
        tokens.remember(lasting, NOW);
        // full: the next one, seen after the short ones expired, makes room by dropping them only
        SecurityIdentity late = verified("late", NOW.plusSeconds(600));
        tokens.remember(late, NOW.plusSeconds(20));

        assertSame(lasting.getPrincipal(), tokens.identityOf("lasting", NOW.plusSeconds(20)).getPrincipal());
        assertSame(late.getPrincipal(), tokens.identityOf("late", NOW.plusSeconds(20)).getPrincipal());
        assertNull(tokens.identityOf("short-0", NOW.plusSeconds(5)));
    }

    @Test
    void theRequestAnIdentityWasMadeForIsNotKeptNorAreBoundTokens() {
        VerifiedTokens tokens = new VerifiedTokens();
        SecurityIdentity identity = QuarkusSecurityIdentity.builder(verified("token-a", NOW.plusSeconds(300)))
                .addAttribute(RoutingContext.class.getName(), "the first request").addAttribute("tenant-id", "Default").build();
        tokens.remember(identity, NOW);
        SecurityIdentity known = tokens.identityOf("token-a", NOW);
        assertNull(known.getAttribute(RoutingContext.class.getName()));
        assertEquals("Default", known.getAttribute("tenant-id"));

        JwtClaims claims = new JwtClaims();
        claims.setExpirationTime(NumericDate.fromSeconds(NOW.plusSeconds(300).getEpochSecond()));
        claims.setClaim("cnf", Map.of("jkt", "thumbprint"));
        AccessTokenCredential credential = new AccessTokenCredential("bound");
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(new OidcJwtCallerPrincipal(claims, credential))
                .addCredential(credential).build(), NOW);
        assertNull(tokens.identityOf("bound", NOW), "a DPoP or certificate-bound token is checked per request");
    }
}
