package org.laborlink.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The production realm keeps in step with the local one (the same roles; each client it keeps with the local one's
 * mappers), carries no demo person and no literal secret, requires TLS from outside, and points its console client at
 * a configured origin; deploy/k8s/realm-import.yaml is realm-import.sh's output from it.
 */
@Tag("unit")
class ProductionRealmTest {

    static final Path ROOT = RenderedManifests.root();
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theProductionRealmHasTheLocalRolesClientsAndMappersAndNoDemoPeopleOrSecrets() throws Exception {
        JsonNode local = JSON.readTree(ROOT.resolve("deploy/keycloak/laborlink-realm.json").toFile());
        JsonNode production = JSON.readTree(ROOT.resolve("deploy/keycloak/laborlink-realm-production.json").toFile());
        assertEquals("external", production.path("sslRequired").asText());
        assertEquals(names(local.path("roles").path("realm"), "name"), names(production.path("roles").path("realm"), "name"));
        List<String> problems = new ArrayList<>();
        for (JsonNode client : production.path("clients")) {
            String id = client.path("clientId").asText();
            JsonNode same = find(local.path("clients"), "clientId", id);
            if (same == null) {
                problems.add(id + ": not a client of the local realm");
                continue;
            }
            if (!names(same.path("protocolMappers"), "name").equals(names(client.path("protocolMappers"), "name"))) {
                problems.add(id + ": its mappers differ from the local realm's");
            }
            if (client.has("secret") && !client.path("secret").asText().matches("\\$\\{[A-Z0-9_]+}")) {
                problems.add(id + ": a literal secret");
            }
            for (String field : List.of("redirectUris", "webOrigins")) {
                client.path(field).forEach(uri -> {
                    if (uri.asText().contains("localhost") || uri.asText().contains("127.0.0.1")) {
                        problems.add(id + ": " + field + " " + uri.asText());
                    }
                });
            }
        }
        for (JsonNode user : production.path("users")) {
            if (!user.path("username").asText().startsWith("service-account-") || user.has("credentials")) {
                problems.add("user " + user.path("username").asText() + ": only the platform's service accounts, "
                        + "without credentials");
            }
        }
        assertEquals(List.of(), problems);
        assertFalse(production.toString().contains("\"demo\""), "a demo password");
    }

    @Test
    void theRealmImportIsTheScriptsOutput() throws Exception {
        Path out = Files.createTempFile("realm-import", ".yaml");
        Process p = new ProcessBuilder("bash", ROOT.resolve("deploy/k8s/realm-import.sh").toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, log);
        assertEquals(Files.readString(out), Files.readString(ROOT.resolve("deploy/k8s/realm-import.yaml")),
                "deploy/k8s/realm-import.yaml is not realm-import.sh's output: run deploy/k8s/realm-import.sh");
    }

    private static Set<String> names(JsonNode list, String field) {
        Set<String> names = new TreeSet<>();
        list.forEach(n -> names.add(n.path(field).asText()));
        return names;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode n : list) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        return null;
    }
}
