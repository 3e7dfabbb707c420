package org.laborlink.deploy;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Core Kubernetes objects read into fabric8's typed model and Strimzi's resources into Strimzi's own (io.strimzi:api):
 * a value of the wrong type fails, a field the model does not know (kept in its additionalProperties) fails, and for
 * Strimzi a field its model marks as not served in the resource's API version (PresentInVersions) fails.
 */
final class TypedModels {

    static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/Namespace", io.fabric8.kubernetes.api.model.Namespace.class),
            Map.entry("v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class),
            Map.entry("v1/Secret", io.fabric8.kubernetes.api.model.Secret.class),
            Map.entry("v1/Service", io.fabric8.kubernetes.api.model.Service.class),
            Map.entry("v1/PersistentVolumeClaim", io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class),
            Map.entry("apps/v1/StatefulSet", io.fabric8.kubernetes.api.model.apps.StatefulSet.class),
            Map.entry("networking.k8s.io/v1/Ingress", io.fabric8.kubernetes.api.model.networking.v1.Ingress.class),
            Map.entry("policy/v1/PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", io.strimzi.api.kafka.model.user.KafkaUser.class));

    /** The API versions Strimzi 1.0 serves, oldest first, to read PresentInVersions ranges ("v1beta2", "v1+"). */
    private static final List<String> STRIMZI_VERSIONS = List.of("v1alpha1", "v1beta1", "v1beta2", "v1");

    /** Unknown properties fail; a number or boolean where the model wants a string does too, as the API server does. */
    static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS).build();

    private TypedModels() {
    }

    static boolean knows(JsonNode object) {
        return KINDS.containsKey(object.path("apiVersion").asText() + "/" + object.path("kind").asText());
    }

    /** The object's problems against its typed model. */
    static void check(JsonNode object, List<String> problems) {
        String apiVersion = object.path("apiVersion").asText();
        Class<?> type = KINDS.get(apiVersion + "/" + object.path("kind").asText());
        Object typed;
        try {
            typed = JSON.treeToValue(object, type);
        } catch (Exception e) {
            problems.add(RenderedManifests.nameOf(object) + ": does not read as " + type.getSimpleName() + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        String served = apiVersion.startsWith("kafka.strimzi.io/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : null;
        walk(typed, RenderedManifests.nameOf(object), served, problems, 0);
    }

    private static void walk(Object value, String path, String served, List<String> problems, int depth) {
        if (value == null || depth > 40) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, served, problems, depth + 1));
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                walk(item, path + "[" + i++ + "]", served, problems, depth + 1);
            }
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.kubernetes.api.model") && !pkg.startsWith("io.strimzi.api")) {
            return;
        }
        // Strimzi marks whole types too (an authentication or tracing kind v1 dropped)
        if (served != null && !servedIn(value.getClass().getAnnotations(), served)) {
            problems.add(path + ": a " + value.getClass().getSimpleName() + ", not served in kafka.strimzi.io/" + served);
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class || !(getter.getName().startsWith("get")
                            || getter.getName().startsWith("is"))) {
                continue;
            }
            Object field;
            try {
                field = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (field == null) {
                continue;
            }
            String name = propertyName(getter);
            if (name.equals("additionalProperties")) {
                if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
                continue;
            }
            if (served != null && !servedIn(getter.getAnnotations(), served)) {
                problems.add(path + "." + name + ": not served in kafka.strimzi.io/" + served);
            }
            if (!(field instanceof String) && !(field instanceof Number) && !(field instanceof Boolean)
                    && !(field instanceof Enum<?>)) {
                walk(field, path + "." + name, served, problems, depth + 1);
            }
        }
    }

    /** Whether Strimzi's model serves a field or type so annotated in {@code version} (none: every version). */
    private static boolean servedIn(Annotation[] annotations, String version) {
        for (Annotation a : annotations) {
            if (a.annotationType().getSimpleName().equals("PresentInVersions")) {
                try {
                    String range = String.valueOf(a.annotationType().getMethod("value").invoke(a));
                    return inRange(range, version);
                } catch (ReflectiveOperationException e) {
                    return true;
                }
            }
        }
        return true;
    }

    static boolean inRange(String range, String version) {
        int v = STRIMZI_VERSIONS.indexOf(version);
        for (String part : range.split(",")) {
            part = part.strip();
            if (part.endsWith("+")) {
                if (v >= STRIMZI_VERSIONS.indexOf(part.substring(0, part.length() - 1))) {
                    return true;
                }
            } else if (part.contains("-")) {
                String[] ends = part.split("-");
                if (v >= STRIMZI_VERSIONS.indexOf(ends[0]) && v <= STRIMZI_VERSIONS.indexOf(ends[1])) {
                    return true;
                }
            } else if (part.equals(version)) {
                return true;
            }
        }
        return false;
    }

    private static String propertyName(Method getter) {
        String n = getter.getName().startsWith("is") ? getter.getName().substring(2) : getter.getName().substring(3);
        return n.isEmpty() ? n : Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }
}
