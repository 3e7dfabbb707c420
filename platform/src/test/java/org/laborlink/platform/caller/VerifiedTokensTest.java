package org.laborlink.platform.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

@Tag("unit")
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    /** A clock the test sets: the cache's expiry follows it. */
    private static final class TestClock extends Clock {
        private Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        TestClock at(Instant instant) {
            now = instant;
            return this;
        }
    }

    private final TestClock clock = new TestClock();

    private void rememberAt(VerifiedTokens tokens, Instant at, SecurityIdentity identity) {
        clock.at(at);
        tokens.remember(identity);
    }

    private SecurityIdentity identityAt(VerifiedTokens tokens, Instant at, String token) {
        clock.at(at);
        return tokens.identityOf(token);
    }

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
        VerifiedTokens tokens = new VerifiedTokens(clock);
        SecurityIdentity identity = verified("token-a", NOW.plusSeconds(300));
        rememberAt(tokens, NOW, identity);

        SecurityIdentity known = identityAt(tokens, NOW.plusSeconds(299), "token-a");
        assertSame(identity.getPrincipal(), known.getPrincipal());
        assertEquals(identity.getRoles(), known.getRoles());
        assertEquals(identity.getCredentials(), known.getCredentials());
        assertNull(identityAt(tokens, NOW, "token-b"), "another token is verified by OIDC");
        assertNull(identityAt(tokens, NOW.plusSeconds(300), "token-a"), "forgotten at its exp");
        assertNull(identityAt(tokens, NOW.plusSeconds(301), "token-a"), "and not answered again once forgotten");
    }

    @Test
    void onlyUnexpiredSignedTokensAreRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(clock);
        rememberAt(tokens, NOW, verified("expired", NOW.minusSeconds(1)));
        rememberAt(tokens, NOW, QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("someone"))
                .addCredential(new AccessTokenCredential("opaque")).build());

        assertNull(identityAt(tokens, NOW.minusSeconds(10), "expired"));
        assertNull(identityAt(tokens, NOW, "opaque"), "an identity without a JWT (no exp) is not kept");
    }

    @Test
    void keepsAtMostItsLimitDroppingTheExpiredFirst() {
        VerifiedTokens tokens = new VerifiedTokens(clock);
        for (int i = 0; i < VerifiedTokens.AT_MOST - 1; i++) {
            rememberAt(tokens, NOW, verified("short-" + i, NOW.plusSeconds(10)));
        }
        SecurityIdentity lasting = verified("lasting", NOW.plusSeconds(600));
        rememberAt(tokens, NOW, lasting);
        // full: the next one, seen after the short ones expired, makes room by dropping them only
        SecurityIdentity late = verified("late", NOW.plusSeconds(600));
        rememberAt(tokens, NOW.plusSeconds(20), late);

        assertSame(lasting.getPrincipal(), identityAt(tokens, NOW.plusSeconds(20), "lasting").getPrincipal());
        assertSame(late.getPrincipal(), identityAt(tokens, NOW.plusSeconds(20), "late").getPrincipal());
        assertNull(identityAt(tokens, NOW.plusSeconds(20), "short-0"), "the short ones expired");
    }

    @Test
    void theRequestAnIdentityWasMadeForIsNotKeptNorAreBoundTokens() {
        VerifiedTokens tokens = new VerifiedTokens(clock);
        SecurityIdentity identity = QuarkusSecurityIdentity.builder(verified("token-a", NOW.plusSeconds(300)))
                .addAttribute(RoutingContext.class.getName(), "the first request").addAttribute("tenant-id", "Default").build();
        rememberAt(tokens, NOW, identity);
        SecurityIdentity known = identityAt(tokens, NOW, "token-a");
        assertNull(known.getAttribute(RoutingContext.class.getName()));
        assertEquals("Default", known.getAttribute("tenant-id"));

        JwtClaims claims = new JwtClaims();
        claims.setExpirationTime(NumericDate.fromSeconds(NOW.plusSeconds(300).getEpochSecond()));
        claims.setClaim("cnf", Map.of("jkt", "thumbprint"));
        AccessTokenCredential credential = new AccessTokenCredential("bound");
        rememberAt(tokens, NOW, QuarkusSecurityIdentity.builder().setPrincipal(new OidcJwtCallerPrincipal(claims, credential))
                .addCredential(credential).build());
        assertNull(identityAt(tokens, NOW, "bound"), "a DPoP or certificate-bound token is checked per request");
    }
}
