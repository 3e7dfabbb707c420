package org.laborlink.gateway.proxy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Fair use per client: each (client id, subject, route class) has a token bucket (Bucket4j) of its policy's size,
 * kept while it is used (Caffeine, at most 200,000, dropped 10 minutes after its last request). Another client, or
 * the same person in another class of requests, has buckets of its own. The limits are per gateway replica: with N
 * replicas behind a balancer a client gets up to N times its policy.
 */
@ApplicationScoped
public class RateLimits {

    /** One class's limit: the burst a bucket holds and how fast it refills. */
    record Limit(long burst, long tokens, Duration period) {

        /** {@code 10/s:20} -> 10 a second, bursts of 20. */
        static Limit parse(String text) {
            String[] rateAndBurst = text.strip().split(":");
            String[] rate = rateAndBurst[0].strip().split("/");
            Duration period = switch (rate[1].strip()) {
                case "s" -> Duration.ofSeconds(1);
                case "m" -> Duration.ofMinutes(1);
                case "h" -> Duration.ofHours(1);
                default -> throw new IllegalArgumentException("a rate is per s, m or h: " + text);
            };
            return new Limit(Long.parseLong(rateAndBurst[1].strip()), Long.parseLong(rate[0].strip()), period);
        }

        /** Seconds an empty bucket takes to fill again (the window of the RateLimit-Policy header). */
        long windowSeconds() {
            return Math.max(1, (long) Math.ceil(burst * (double) period.toMillis() / tokens / 1000));
        }

        long secondsPerToken() {
            return Math.max(1, (long) Math.ceil(period.toMillis() / (double) tokens / 1000));
        }
    }

    /** What a request was allowed: its policy and class, the limit and what is left, or how long to wait. */
    public record Verdict(boolean allowed, String policy, RouteTable.RouteClass routeClass, Limit limit, long remaining,
            long retryAfterSeconds) {

        /** {@code RateLimit-Policy}: the quota (burst) and its window, as the IETF draft writes them. */
        public String policyHeader() {
            return "\"" + policy + "-" + routeClass.key() + "\";q=" + limit.burst() + ";w=" + limit.windowSeconds();
        }

        /** {@code RateLimit}: what is left and the seconds until the bucket is full again. */
        public String stateHeader() {
            long refill = (long) Math.ceil((limit.burst() - remaining) * (double) limit.period().toMillis()
                    / limit.tokens() / 1000);
            return "\"" + policy + "-" + routeClass.key() + "\";r=" + remaining + ";t="
                    + (allowed ? Math.max(0, refill) : retryAfterSeconds);
        }
    }

    private final GatewayConfig.RateLimits config;
    private final Map<String, Map<RouteTable.RouteClass, Limit>> policies = new HashMap<>();
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    public RateLimits(GatewayConfig config) {
        this.config = config.rateLimits();
        this.config.policies().forEach((name, text) -> policies.put(name, parsePolicy(name, text)));
        if (!policies.containsKey(this.config.defaultPolicy())) {
            throw new IllegalStateException("laborlink.gateway.rate-limits: no policy named " + this.config.defaultPolicy());
        }
    }

    private static Map<RouteTable.RouteClass, Limit> parsePolicy(String name, String text) {
        Map<RouteTable.RouteClass, Limit> limits = new EnumMap<>(RouteTable.RouteClass.class);
        for (String part : text.split(",")) {
            String[] classAndLimit = part.split("=", 2);
            limits.put(RouteTable.RouteClass.valueOf(classAndLimit[0].strip().toUpperCase()), Limit.parse(classAndLimit[1]));
        }
        if (limits.size() != RouteTable.RouteClass.values().length) {
            throw new IllegalStateException("rate-limit policy " + name + " must set read, search, write and import: " + text);
        }
        return limits;
    }

    /** Takes one request from the caller's bucket for this class; empty when rate limits are off. */
    public Optional<Verdict> take(SecurityIdentity identity, RouteTable.RouteClass routeClass) {
        if (!config.enabled() || identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        String client = "unknown";
        String subject = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof OidcJwtCallerPrincipal jwt) {
            Object azp = jwt.getClaims().getClaimValue("azp");
            client = azp == null ? client : azp.toString();
            subject = jwt.getSubject() == null ? subject : jwt.getSubject();
        }
        String policy = policyOf(identity, client);
        Limit limit = policies.get(policy).get(routeClass);
        Bucket bucket = buckets.get(policy + '|' + client + '|' + subject + '|' + routeClass, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.burst()).refillGreedy(limit.tokens(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long wait = probe.isConsumed() ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()
                + 999_999_999));
        return Optional.of(new Verdict(probe.isConsumed(), policy, routeClass, limit, probe.getRemainingTokens(), wait));
    }

    private String policyOf(SecurityIdentity identity, String client) {
        String byClient = config.clients().get(client);
        if (byClient != null && policies.containsKey(byClient)) {
            return byClient;
        }
        for (String role : config.roleOrder()) {
            String byRole = config.roles().get(role);
            if (identity.hasRole(role) && byRole != null && policies.containsKey(byRole)) {
                return byRole;
            }
        }
        return config.defaultPolicy();
    }
}
