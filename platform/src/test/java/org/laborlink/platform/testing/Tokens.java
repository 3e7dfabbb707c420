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
    private static final long REUSE_MILLIS = 10 * 60 * 1000;
    private static final String TEST_CLIENT = "laborlink-tests";

    private record Cached(String token, long fetchedAt) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    /** County officer of Kaili (522601), Guizhou. */
    public static String officerKaili() {
        return user("officer-kaili");
    }

    /** Prefecture officer of Qiandongnan (522600), which contains Kaili. */
    public static String officerQiandongnan() {
        return user("officer-qiandongnan");
    }

    /** County officer of Xichang (513401), Sichuan: outside Guizhou. */
    public static String officerXichang() {
        return user("officer-xichang");
    }

    public static String adminGuizhou() {
        return user("admin-guizhou");
    }

    /** HR user of employer 00000000-0000-4000-8000-00000000e001. */
    public static String employer() {
        return user("employer-demo");
    }

    /** HR user of employer 00000000-0000-4000-8000-00000000e002. */
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
        return cached("partner-" + province, () -> given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "partner-" + province).formParam("client_secret", "partner-" + province + "-secret")
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token"));
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
        return cached(client + "/" + username, () -> given().formParam("grant_type", "password")
                .formParam("client_id", client).formParam("username", username).formParam("password", "demo")
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token"));
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        Cached c = CACHE.get(key);
        if (c == null || System.currentTimeMillis() - c.fetchedAt() > REUSE_MILLIS) {
            c = new Cached(fetch.get(), System.currentTimeMillis());
            CACHE.put(key, c);
        }
        return c.token();
    }

    private Tokens() {
    }
}
