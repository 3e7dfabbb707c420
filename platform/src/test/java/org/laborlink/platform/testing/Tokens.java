package org.laborlink.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the Keycloak that deploy/local started, for tests: the demo users of the laborlink realm
 * (password "demo") and the partner provinces' clients. Tokens are cached for a few minutes; they live 30. The demo
 * users sign in through the client {@code laborlink-tests}, whose rate limits at the gateway are made for the load the
 * suite makes; {@link #asAppUser} signs in through the app's own client, as a person on a phone would.
 */
public final class Tokens {

    public static final String KEYCLOAK = System.getProperty("laborlink.keycloak.url", "http://127.0.0.1:18080");
    private static final String TOKEN_URL = KEYCLOAK + "/realms/laborlink/protocol/openid-connect/token";
    /** A cached access token is renewed when it has less than this left. */
    private static final long RENEW_BEFORE_MILLIS = 60 * 1000;
    private static final String TEST_CLIENT = "laborlink-tests";

    /** An access token, when it expires, and the refresh token that renews it (null for client credentials). */
    public record Grant(String accessToken, long expiresAtMillis, String refreshToken) {

        static Grant of(io.restassured.response.Response r) {
            long lifetime = ((Number) r.path("expires_in")).longValue() * 1000;
            return new Grant(r.path("access_token"), System.currentTimeMillis() + lifetime, r.path("refresh_token"));
        }
    }

    private static final Map<String, Grant> CACHE = new ConcurrentHashMap<>();

    /** County officer of Kaili (522601), Guizhou. */
    public static String officerKaili() {
        return user("officer-kaili");
    }

    /** Prefecture officer of Qiandongnan (522600), which contains Kaili. */
    public static String officerQiandongnan() {
        return user("officer-qiandongnan");
    }

    /** Prefecture-level city officer of Hangzhou (330100), Zhejiang: the destination paired with Qiandongnan and Enshi. */
    public static String officerHangzhou() {
        return user("officer-hangzhou");
    }

    /** County officer of Xichang (513401), Sichuan: outside Guizhou. */
    public static String officerXichang() {
        return user("officer-xichang");
    }

    public static String adminGuizhou() {
        return user("admin-guizhou");
    }

    /** HR user of the demo employer `up` registers and verifies (its id: {@code claim(employer(), "employer_id")}). */
    public static String employer() {
        return user("employer-demo");
    }

    /** HR user of the other demo employer, also verified by `up`. */
    public static String otherEmployer() {
        return user("employer-other");
    }

    /** Worker whose token carries worker_id 00000000-0000-4000-8000-00000000a001. */
    public static String worker() {
        return user("worker-demo");
    }

    /** Another worker, whose token carries worker_id 00000000-0000-4000-8000-00000000a002. */
    public static String otherWorker() {
        return user("worker-other");
    }

    public static String partner(String province) {
        return cached("partner-" + province, () -> Grant.of(given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "partner-" + province).formParam("client_secret", "partner-" + province + "-secret")
                .post(TOKEN_URL).then().statusCode(200).extract().response()));
    }

    /** A training provider in Kaili ({@code provider_id} provider-kaili-vocational). */
    public static String provider() {
        return user("provider-demo");
    }

    /** Another training provider, in Hangzhou ({@code provider_id} provider-hangzhou-housekeeping). */
    public static String otherProvider() {
        return user("provider-other");
    }

    public static String user(String username) {
        return signIn(TEST_CLIENT, username);
    }

    /** A demo user's token from the app's client ({@code laborlink-app}), held to a person's rate limits. */
    public static String asAppUser(String username) {
        return signIn("laborlink-app", username);
    }

    private static String signIn(String client, String username) {
        return cached(client + "/" + username, () -> passwordGrant(client, username, "demo"));
    }

    /** Signs a user in with their password through the test client: a fresh grant, never cached. */
    public static Grant passwordGrant(String username, String password) {
        return passwordGrant(TEST_CLIENT, username, password);
    }

    private static Grant passwordGrant(String client, String username, String password) {
        return Grant.of(given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", username).formParam("password", password)
                .post(TOKEN_URL).then().statusCode(200).extract().response());
    }

    /**
     * Renews a grant with its refresh token, as a client does when its access token runs out; the response is
     * returned as is (400 invalid_grant once the account's sessions were ended).
     */
    public static io.restassured.response.Response refresh(Grant grant) {
        return given().formParam("grant_type", "refresh_token").formParam("client_id", TEST_CLIENT)
                .formParam("refresh_token", grant.refreshToken()).post(TOKEN_URL);
    }

    /** The access token a refresh gives: what a client sees once the platform changed its account (200 expected). */
    public static String refreshed(Grant grant) {
        return refresh(grant).then().statusCode(200).extract().path("access_token");
    }

    /** A claim of an access token, read from its payload (null when absent). */
    public static String claim(String accessToken, String name) {
        try {
            var payload = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(java.util.Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
            return payload.hasNonNull(name) ? payload.get(name).asText() : null;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    private static String cached(String key, java.util.function.Supplier<Grant> signIn) {
        Grant g = CACHE.get(key);
        if (g == null || g.expiresAtMillis() - System.currentTimeMillis() < RENEW_BEFORE_MILLIS) {
            g = renewed(key, g, signIn);
            CACHE.put(key, g);
        }
        return g.accessToken();
    }

    private static Grant renewed(String key, Grant old, java.util.function.Supplier<Grant> signIn) {
        if (old != null && old.refreshToken() != null) {
            var r = given().formParam("grant_type", "refresh_token").formParam("client_id", key.substring(0, key.indexOf('/')))
                    .formParam("refresh_token", old.refreshToken()).post(TOKEN_URL);
            if (r.statusCode() == 200) {
                return Grant.of(r);
            }
        }
        return signIn.get();
    }

    private Tokens() {
    }
}
