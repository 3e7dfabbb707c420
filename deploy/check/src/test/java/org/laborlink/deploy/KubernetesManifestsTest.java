package org.laborlink.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * deploy/k8s, rendered by kubectl kustomize, read against the engines' own models (fabric8 for core objects,
 * io.strimzi:api for Strimzi's, schemas written from the documentation for CloudNativePG, Keycloak and OpenSearch),
 * and against the code: each environment variable is one its service reads, each topic the services use is created,
 * each database exists, each probe's path and port are served, and each Secret the objects name is documented.
 */
@Tag("unit")
class KubernetesManifestsTest {

    static final List<String> SERVICES = List.of("worker-registry", "job-board", "matching-service", "training-service",
            "subsidy-service", "gateway");
    static final Path ROOT = RenderedManifests.root();
    static List<JsonNode> objects;

    @BeforeAll
    static void render() throws Exception {
        objects = RenderedManifests.render();
    }

    @Test
    void everyObjectReadsAsItsEnginesModelWithNoUnknownField() throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            if (TypedModels.knows(object)) {
                TypedModels.check(object, problems);
            } else {
                JsonNode schema = OperatorSchemas.schemaOf(object);
                if (schema == null) {
                    problems.add(RenderedManifests.nameOf(object) + ": " + object.path("apiVersion").asText()
                            + " is neither a typed model nor a written schema here (an old API version?)");
                } else {
                    OperatorSchemas.check(object, schema, problems);
                }
            }
        }
        System.out.printf("deploy/k8s: %d objects rendered and validated%n", objects.size());
        assertTrue(objects.size() > 30, "deploy/k8s rendered only " + objects.size() + " objects");
        assertEquals(List.of(), problems);
    }

    @Test
    void eachServiceIsProbedOnItsManagementPortWithAStartupProbe() {
        List<String> problems = new ArrayList<>();
        String managementPort = configMap().path("QUARKUS_MANAGEMENT_PORT").asText();
        for (String service : SERVICES) {
            JsonNode container = container(service);
            Map<String, Integer> ports = new HashMap<>();
            container.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                JsonNode get = container.path(probe).path("httpGet");
                if (get.isMissingNode()) {
                    problems.add(service + ": no " + probe);
                    continue;
                }
                String port = get.path("port").asText();
                Integer number = ports.get(port);
                if (number == null || !String.valueOf(number).equals(managementPort)) {
                    problems.add(service + ": " + probe + " on port " + port + ", not the management port "
                            + managementPort);
                }
                if (!Set.of("/q/health/started", "/q/health/ready", "/q/health/live").contains(get.path("path").asText())) {
                    problems.add(service + ": " + probe + " asks " + get.path("path").asText()
                            + ", which SmallRye Health does not serve");
                }
            }
            if (!read(ROOT.resolve(service + "/pom.xml")).contains("quarkus-smallrye-health")) {
                problems.add(service + ": probed, but it has no quarkus-smallrye-health");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void eachEnvironmentVariableIsOneItsServiceReads() {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> readBy = new HashMap<>();
        // the image's entrypoint reads some itself (JAVA_OPTS)
        Set<String> image = new HashSet<>();
        Matcher entrypoint = Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]*)").matcher(read(ROOT.resolve("deploy/docker/Dockerfile.jvm")));
        while (entrypoint.find()) {
            image.add(entrypoint.group(1));
        }
        for (String service : SERVICES) {
            Set<String> read = new HashSet<>(environmentRead(service));
            read.addAll(image);
            readBy.put(service, read);
            for (JsonNode env : container(service).path("env")) {
                String name = env.path("name").asText();
                if (!reads(read, name)) {
                    problems.add(service + ": " + name + " is set but " + service + " reads no such setting");
                }
            }
        }
        for (var names = configMap().fieldNames(); names.hasNext();) {
            String name = names.next();
            if (readBy.values().stream().noneMatch(r -> reads(r, name))) {
                problems.add("laborlink-config: " + name + " is read by no service");
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Each volume a container mounts is one its pod declares, and each file or folder a setting the service reads
     * names (an absolute path: the reference data, the imports folder, a CA file) lies on one of its mounts.
     */
    @Test
    void everyPathTheServicesReadIsOnAMountOfTheirContainer() {
        List<String> problems = new ArrayList<>();
        Map<String, String> shared = new HashMap<>();
        configMap().fields().forEachRemaining(f -> shared.put(f.getKey(), f.getValue().asText()));
        for (String service : SERVICES) {
            JsonNode pod = pod(service);
            Set<String> volumes = new HashSet<>();
            pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
            List<JsonNode> containers = new ArrayList<>();
            pod.path("initContainers").forEach(containers::add);
            pod.path("containers").forEach(containers::add);
            for (JsonNode c : containers) {
                c.path("volumeMounts").forEach(m -> {
                    if (!volumes.contains(m.path("name").asText())) {
                        problems.add(service + "/" + c.path("name").asText() + ": mounts " + m.path("name").asText()
                                + ", which the pod does not declare");
                    }
                });
            }
            JsonNode main = container(service);
            List<String> mounts = new ArrayList<>();
            main.path("volumeMounts").forEach(m -> mounts.add(m.path("mountPath").asText()));
            Map<String, String> env = new HashMap<>(shared);
            main.path("env").forEach(e -> {
                if (e.has("value")) {
                    env.put(e.path("name").asText(), e.path("value").asText());
                }
            });
            Set<String> read = environmentRead(service);
            env.forEach((name, value) -> {
                if (value.startsWith("/") && reads(read, name)
                        && mounts.stream().noneMatch(m -> value.equals(m) || value.startsWith(m.endsWith("/") ? m : m + "/"))) {
                    problems.add(service + ": " + name + "=" + value + " is on no mount of its container");
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A setting whose default in application.properties points at this machine (the local platform's Keycloak, Kafka,
     * PostgreSQL...) is set in deploy/k8s: by the Deployment, the ConfigMap, or the image's JAVA_OPTS.
     */
    @Test
    void everyLocalAddressOfTheServicesIsReplacedInKubernetes() {
        String image = read(ROOT.resolve("deploy/docker/Dockerfile.jvm"));
        List<String> problems = new ArrayList<>();
        Set<String> shared = new HashSet<>();
        configMap().fieldNames().forEachRemaining(shared::add);
        for (String service : SERVICES) {
            Set<String> set = new HashSet<>(shared);
            container(service).path("env").forEach(e -> set.add(e.path("name").asText()));
            for (String line : properties(service).lines().toList()) {
                if (line.startsWith("#") || line.startsWith("%") || !line.contains("=")) {
                    continue;
                }
                String key = line.substring(0, line.indexOf('=')).strip();
                String value = line.substring(line.indexOf('=') + 1);
                if (!value.contains("127.0.0.1") && !value.contains("localhost")) {
                    continue;
                }
                Matcher variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(value);
                boolean viaVariable = variable.find() && set.contains(variable.group(1));
                String env = envName(key);
                if (!set.contains(env) && !viaVariable && !image.contains("-D" + key + "=")) {
                    problems.add(service + ": " + key + " stays " + value.strip());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTopicTheServicesUseIsCreatedAndEveryDatabaseExists() {
        Set<String> created = new TreeSet<>();
        Set<String> databases = new HashSet<>();
        for (JsonNode object : objects) {
            if (object.path("kind").asText().equals("KafkaTopic")) {
                created.add(object.path("spec").path("topicName").asText(object.path("metadata").path("name").asText()));
            }
            if (object.path("kind").asText().equals("Cluster")) {
                JsonNode initdb = object.path("spec").path("bootstrap").path("initdb");
                databases.add(initdb.path("database").asText());
                initdb.path("postInitApplicationSQL").forEach(sql -> {
                    Matcher m = Pattern.compile("(?i)create database (\\w+)").matcher(sql.asText());
                    if (m.find()) {
                        databases.add(m.group(1));
                    }
                });
            }
        }
        Set<String> used = new TreeSet<>();
        Matcher constant = Pattern.compile("\"([a-z-]+\\.v\\d+)\"").matcher(read(ROOT.resolve(
                "events/src/main/java/org/laborlink/events/Topics.java")));
        while (constant.find()) {
            used.add(constant.group(1));
            used.add(constant.group(1) + ".dlq");
        }
        for (String service : SERVICES) {
            Matcher m = Pattern.compile("(?m)^[^#]*\\.topic=([\\w.-]+)$").matcher(properties(service));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        used.removeAll(created);
        assertEquals(Set.of(), used, "topics the services use that deploy/k8s does not create");

        List<String> missing = new ArrayList<>();
        for (String service : SERVICES) {
            for (JsonNode env : container(service).path("env")) {
                Matcher m = Pattern.compile("postgresql://[^/]+/(\\w+)").matcher(env.path("value").asText());
                if (m.find() && !databases.contains(m.group(1))) {
                    missing.add(service + ": database " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing, "databases no Cluster creates");
    }

    @Test
    void everySecretTheObjectsNameIsDocumentedInTheProductionSection() {
        String readme = read(ROOT.resolve("README.md"));
        int production = readme.indexOf("\n## Production");
        assertTrue(production >= 0, "README.md has a Production section");
        String section = readme.substring(production, Math.max(production + 1, readme.indexOf("\n## ", production + 5)));
        Set<String> secrets = new TreeSet<>();
        Set<String> rendered = new HashSet<>();
        for (JsonNode object : objects) {
            if (object.path("kind").asText().equals("Secret")) {
                rendered.add(object.path("metadata").path("name").asText());
            }
            collectSecretNames(object, secrets);
        }
        secrets.removeAll(rendered);
        List<String> undocumented = secrets.stream().filter(s -> !section.contains("`" + s + "`")).toList();
        assertEquals(List.of(), undocumented, "Secrets deploy/k8s expects that README's Production section does not say how to create");
    }

    /** Secret names: secretKeyRef/secretRef names, and the operators' *Secret fields. */
    private static void collectSecretNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String key = f.getKey();
                JsonNode value = f.getValue();
                if ((key.equals("secretKeyRef") || key.equals("secretRef") || key.endsWith("Secret") || key.equals("secret"))
                        && value.isObject() && value.has("name")) {
                    names.add(value.path("name").asText());
                } else if (key.equals("secretName") && value.isTextual()) {
                    names.add(value.asText());
                } else if (key.endsWith("Secret") && value.isTextual()) {
                    names.add(value.asText());
                }
                collectSecretNames(value, names);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectSecretNames(n, names));
        }
    }

    /**
     * The environment variables a service reads: each property its application.properties sets (any profile) or its
     * code (and the shared platform and events code) asks with {@code @ConfigProperty(name = ...)} or maps with
     * {@code @ConfigMapping(prefix = ...)} (any variable under the prefix), by MicroProfile
     * Config's mapping (upper case, every character not a letter or digit an underscore), and each ${VARIABLE} its
     * properties name.
     */
    static Set<String> environmentRead(String service) {
        return READ.computeIfAbsent(service, KubernetesManifestsTest::settingsRead);
    }

    private static final Map<String, Set<String>> READ = new HashMap<>();

    private static Set<String> settingsRead(String service) {
        Set<String> read = new HashSet<>();
        // Quarkus's default Kafka broker configuration takes every kafka.* setting, so KAFKA_* variables reach all
        // of a service's Kafka clients (SmallRye's channels, the outbox relay, the rebuild)
        if (read(ROOT.resolve(service + "/pom.xml")).contains("quarkus-messaging-kafka")) {
            read.add("KAFKA_*");
        }
        for (String module : List.of(service, "platform", "events")) {
            read.addAll(READ_BY_CODE.computeIfAbsent(module, KubernetesManifestsTest::readByCode));
        }
        for (String line : properties(service).lines().toList()) {
            if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
                continue;
            }
            String key = line.substring(0, line.indexOf('=')).strip().replaceFirst("^%[\\w,-]+\\.", "");
            read.add(envName(key));
            Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(line);
            while (m.find()) {
                read.add(m.group(1));
            }
        }
        return read;
    }

    private static final Map<String, Set<String>> READ_BY_CODE = new HashMap<>();

    /** The settings a module's code asks by name ({@code @ConfigProperty}) or maps ({@code @ConfigMapping}: PREFIX_*). */
    private static Set<String> readByCode(String module) {
        Set<String> read = new HashSet<>();
        try (var files = Files.walk(ROOT.resolve(module + "/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = read(file);
                Matcher m = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"").matcher(source);
                while (m.find()) {
                    read.add(envName(m.group(1)));
                }
                Matcher mapping = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"").matcher(source);
                while (mapping.find()) {
                    read.add(envName(mapping.group(1)) + "_*");
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return read;
    }

    /** MicroProfile Config's environment name of a property: upper case, every other character an underscore. */
    private static String envName(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    private static boolean reads(Set<String> read, String name) {
        return read.contains(name) || read.stream().anyMatch(r -> r.endsWith("_*")
                && name.startsWith(r.substring(0, r.length() - 1)));
    }

    private static String properties(String service) {
        return read(ROOT.resolve(service + "/src/main/resources/application.properties"));
    }

    /** The pod spec of the service's Deployment. */
    private static JsonNode pod(String service) {
        return objects.stream().filter(o -> o.path("kind").asText().equals("Deployment")
                && o.path("metadata").path("name").asText().equals(service)).findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment " + service))
                .path("spec").path("template").path("spec");
    }

    /** The service's own container (the first; init containers are not in this list). */
    private static JsonNode container(String service) {
        return pod(service).path("containers").get(0);
    }

    private static JsonNode configMap() {
        return objects.stream().filter(o -> o.path("kind").asText().equals("ConfigMap")
                && o.path("metadata").path("name").asText().equals("laborlink-config")).findFirst()
                .orElseThrow(() -> new AssertionError("no ConfigMap laborlink-config")).path("data");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
