package org.laborlink.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * deploy/k8s as {@code kubectl kustomize} renders it (the kustomize built into kubectl 1.21 and later; kubectl is on
 * these machines, Debian's kubernetes-client 1.20 carries kustomize v2, which is refused here with a clear message).
 */
final class RenderedManifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RenderedManifests() {
    }

    /** The repository's root: the nearest directory up from here with deploy/k8s/kustomization.yaml. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/k8s/kustomization.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no deploy/k8s/kustomization.yaml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static List<JsonNode> render() throws IOException, InterruptedException {
        String version = run(List.of("kubectl", "version", "--client", "-o", "json"));
        JsonNode client = new ObjectMapper().readTree(version).path("clientVersion");
        int minor = Integer.parseInt(client.path("minor").asText("0").replaceAll("[^0-9].*", ""));
        if (client.path("major").asInt() != 1 || minor < 21) {
            fail("deploy/k8s is rendered with kubectl kustomize, which needs kubectl 1.21 or later (kustomize v4+); "
                    + "this machine has " + client.path("gitVersion").asText());
        }
        String rendered = run(List.of("kubectl", "kustomize", root().resolve("deploy/k8s").toString()));
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(rendered)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    objects.add(doc);
                }
            }
        }
        return objects;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("deploy/k8s is rendered with kubectl kustomize; kubectl (1.21 or later) is not on the PATH: " + e);
            throw e;
        }
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** "Kind name" of an object, for messages. */
    static String nameOf(JsonNode object) {
        return object.path("kind").asText() + " " + object.path("metadata").path("name").asText();
    }
}
