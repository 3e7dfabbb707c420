package org.laborlink.platform.accounts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.laborlink.platform.problem.ProblemException;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;

/**
 * Partner provinces' systems sign in with client credentials: the platform creates each client in the laborlink realm
 * (the province a hard-coded claim, the partner role a hard-coded role, the laborlink audience) and rotates its
 * secret, after which the old one is refused. It signs in as the confidential client {@code laborlink-partner-clients},
 * whose service account may manage the realm's clients and nothing else (not its users, roles or settings).
 */
@ApplicationScoped
@IfBuildProperty(name = "laborlink.partner-clients.managing", stringValue = "enabled")
public class PartnerClients {

    private static final Logger LOG = Logger.getLogger(PartnerClients.class);
    /** The client attribute naming the province a partner client speaks for. */
    static final String PROVINCE_ATTRIBUTE = "laborlink.province";

    /** A partner client as created or rotated: its secret is shown this once. */
    public record Credentials(String clientId, String province, String secret) {
    }

    private final Keycloak keycloak;
    private final String realm;

    public PartnerClients(@ConfigProperty(name = "laborlink.partner-clients.server-url") String serverUrl,
            @ConfigProperty(name = "laborlink.accounts.realm", defaultValue = "laborlink") String realm,
            @ConfigProperty(name = "laborlink.partner-clients.client-id") String clientId,
            @ConfigProperty(name = "laborlink.partner-clients.client-secret") String secret) {
        this.realm = realm;
        this.keycloak = KeycloakBuilder.builder().serverUrl(serverUrl).realm(realm).clientId(clientId).clientSecret(secret)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).build();
    }

    @PreDestroy
    void close() {
        keycloak.close();
    }

    public Uni<Credentials> create(String clientId, String name, String province) {
        return IdentityProviderCalls.blocking("creating the partner client", () -> {
            ClientRepresentation c = new ClientRepresentation();
            c.setClientId(clientId);
            c.setName(name);
            c.setEnabled(true);
            c.setPublicClient(false);
            c.setClientAuthenticatorType("client-secret");
            c.setServiceAccountsEnabled(true);
            c.setStandardFlowEnabled(false);
            c.setDirectAccessGrantsEnabled(false);
            c.setImplicitFlowEnabled(false);
            c.setProtocol("openid-connect");
            c.setFullScopeAllowed(false);
            c.setAttributes(Map.of(PROVINCE_ATTRIBUTE, province));
            c.setProtocolMappers(List.of(
                    mapper("laborlink-audience", "oidc-audience-mapper", Map.of("included.custom.audience", "laborlink",
                            "access.token.claim", "true", "id.token.claim", "false", "introspection.token.claim", "true")),
                    mapper("province", "oidc-hardcoded-claim-mapper", Map.of("claim.name", "province", "claim.value", province,
                            "jsonType.label", "String", "access.token.claim", "true", "id.token.claim", "false",
                            "introspection.token.claim", "true")),
                    mapper("partner-role", "oidc-hardcoded-role-mapper", Map.of("role", "partner"))));
            try (Response created = keycloak.realm(realm).clients().create(c)) {
                if (created.getStatus() == 409) {
                    throw ProblemException.conflict("duplicate-partner-client", "a client " + clientId + " exists");
                }
                String id = CreatedResponseUtil.getCreatedId(created);
                String secret = keycloak.realm(realm).clients().get(id).getSecret().getValue();
                LOG.infof("partner client %s created for province %s", clientId, province);
                return new Credentials(clientId, province, secret);
            }
        });
    }

    /** A new secret for the client; the old one is refused from now on. Empty when no partner client has this id. */
    public Uni<Optional<Credentials>> rotate(String clientId) {
        return IdentityProviderCalls.blocking("rotating the secret", () -> partner(clientId).map(found -> {
            String secret = found.resource().generateNewSecret().getValue();
            LOG.infof("partner client %s: secret rotated", clientId);
            return new Credentials(clientId, found.province(), secret);
        }));
    }

    private record Found(ClientResource resource, String province) {
    }

    private Optional<Found> partner(String clientId) {
        return keycloak.realm(realm).clients().findByClientId(clientId).stream()
                .filter(c -> c.getAttributes() != null && c.getAttributes().containsKey(PROVINCE_ATTRIBUTE)).findFirst()
                .map(c -> new Found(keycloak.realm(realm).clients().get(c.getId()), c.getAttributes().get(PROVINCE_ATTRIBUTE)));
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation m = new ProtocolMapperRepresentation();
        m.setName(name);
        m.setProtocol("openid-connect");
        m.setProtocolMapper(type);
        m.setConfig(config);
        return m;
    }
}
