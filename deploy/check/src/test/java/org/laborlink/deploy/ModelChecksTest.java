package org.laborlink.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The checks themselves catch what they are for: unknown fields, removed Strimzi fields, wrong types. */
@Tag("unit")
class ModelChecksTest {

    @Test
    void anUnknownFieldOfACoreObjectIsCaught() throws Exception {
        List<String> problems = typed("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicaz: 2
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers: [{name: x, image: x, startupProbe: {httpGet: {path: /q/health/started, port: 9000}, periodSeconds: 5}}]
                """);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("replicaz"), problems.toString());
    }

    @Test
    void aFieldStrimziV1NoLongerServesIsCaught() throws Exception {
        List<String> problems = typed("""
                apiVersion: kafka.strimzi.io/v1
                kind: Kafka
                metadata: {name: k}
                spec:
                  kafka:
                    replicas: 3
                    listeners: [{name: plain, port: 9092, type: internal, tls: false}]
                  zookeeper: {replicas: 3}
                """);
        assertTrue(problems.stream().anyMatch(p -> p.contains("zookeeper") && p.contains("not served")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("replicas") && p.contains("not served")), problems.toString());
    }

    @Test
    void theOldStrimziVersionIsNotAModelHere() throws Exception {
        JsonNode old = RenderedManifests.YAML.readTree("{apiVersion: kafka.strimzi.io/v1beta2, kind: Kafka, metadata: {name: k}}");
        assertTrue(!TypedModels.knows(old));
    }

    @Test
    void aWrittenSchemaCatchesUnknownFieldsAndWrongTypes() throws Exception {
        JsonNode cluster = RenderedManifests.YAML.readTree("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: pg}
                spec: {instances: three, storage: {size: 1Gi, sise: 2Gi}}
                """);
        List<String> problems = new ArrayList<>();
        OperatorSchemas.check(cluster, OperatorSchemas.schemaOf(cluster), problems);
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void versionRangesReadAsStrimziWritesThem() {
        assertTrue(TypedModels.inRange("v1beta2+", "v1"));
        assertTrue(!TypedModels.inRange("v1beta2", "v1"));
        assertTrue(TypedModels.inRange("v1alpha1-v1beta2", "v1beta1"));
    }

    private static List<String> typed(String yaml) throws Exception {
        JsonNode object = RenderedManifests.YAML.readTree(yaml);
        List<String> problems = new ArrayList<>();
        TypedModels.check(object, problems);
        return problems;
    }
}
