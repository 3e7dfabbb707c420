package org.laborlink.platform.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Outside the {@code local} profile (which deploy/local sets), {@code dev} and {@code test}, a service refuses to
 * start on the local platform's demo settings, saying which: the PII keys committed for the local platform (ID and
 * phone numbers encrypted with a published key), or the demo realm of the local Keycloak (its demo users with the
 * password "demo" and its committed client secrets) as the identity provider, or one of those client secrets.
 */
@ApplicationScoped
public class DemoSettingsGuard {

    static final Set<String> LOCAL_PROFILES = Set.of("local", "dev", "test");
    /** The keys worker-registry's application.properties carries for the local platform. */
    static final Set<String> DEMO_PII_KEYS = Set.of("bG9jYWwtb25seS1kZW1vLWtleS1hZXMtZ2NtLTI1NiE=",
            "bG9jYWwtb25seS1kZW1vLWtleS1mb3ItaG1hYy1pZHg=");

    void onStart(@Observes StartupEvent event) {
        if (ConfigUtils.getProfiles().stream().anyMatch(LOCAL_PROFILES::contains)) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        List<String> refusals = refusals(config.getOptionalValue("quarkus.oidc.auth-server-url", String.class),
                config.getOptionalValue("laborlink.pii.encryption-key", String.class),
                config.getOptionalValue("laborlink.pii.index-key", String.class));
        for (String secret : List.of("quarkus.keycloak.admin-client.client-secret", "laborlink.partner-clients.client-secret")) {
            config.getOptionalValue(secret, String.class).filter(s -> s.endsWith("-local-secret")).ifPresent(s -> refusals
                    .add(secret + " is the local realm's client secret: set it from the Secret laborlink-realm-settings "
                            + "(README: Production)"));
        }
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("refusing to start outside the local profile (profiles "
                    + ConfigUtils.getProfiles() + "): " + String.join("; ", refusals));
        }
    }

    static List<String> refusals(Optional<String> identityProvider, Optional<String> encryptionKey,
            Optional<String> indexKey) {
        List<String> refusals = new ArrayList<>();
        if (encryptionKey.filter(DEMO_PII_KEYS::contains).isPresent()) {
            refusals.add("laborlink.pii.encryption-key is the demo key committed for the local platform: set "
                    + "LABORLINK_PII_ENCRYPTION_KEY to a key of your own (32 random bytes, base64), once: data "
                    + "encrypted with it cannot be read with another");
        }
        if (indexKey.filter(DEMO_PII_KEYS::contains).isPresent()) {
            refusals.add("laborlink.pii.index-key is the demo key committed for the local platform: set "
                    + "LABORLINK_PII_INDEX_KEY to a key of your own (32 random bytes, base64)");
        }
        identityProvider.map(DemoSettingsGuard::host).filter(h -> h.equals("127.0.0.1") || h.equals("localhost"))
                .ifPresent(h -> refusals.add("quarkus.oidc.auth-server-url is the local platform's Keycloak and its "
                        + "demo realm: set QUARKUS_OIDC_AUTH_SERVER_URL to your production realm (README: Production)"));
        return refusals;
    }

    private static String host(String url) {
        try {
            return String.valueOf(URI.create(url).getHost());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
