package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.laborlink.e2e.Platform.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

/**
 * The outbox outlives a broker outage: with Kafka stopped, posting a job still answers 201; once Kafka is back, the
 * posting reaches the jobs index exactly once. Tagged "outage": the build runs it after every other end-to-end test, because it stops the shared broker.
 */
@Tag("outage")
class BrokerOutageIT {

    @Test
    void aJobPostedWhileKafkaIsDownReachesTheIndexExactlyOnceWhenItReturns() {
        String workerId = as(Tokens.officerKaili()).body(Platform.labourFile("王芳 " + UUID.randomUUID()))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Tokens.officerKaili())
                .get("/api/v1/workers/" + workerId + "/recommendations").then().statusCode(200));
        String employerToken = Tokens.employer();
        String officerToken = Tokens.officerKaili();

        Platform.deploy("down", "kafka");
        String postingId;
        try {
            postingId = as(employerToken).body(Platform.caringJob("断网期间的岗位 " + UUID.randomUUID()))
                    .post("/api/v1/jobs").then().statusCode(201).extract().path("id");
            given().get(Platform.OPENSEARCH + "/jobs/_doc/" + postingId).then().statusCode(404);
        } finally {
            Platform.deploy("up", "kafka");
        }

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get(Platform.OPENSEARCH + "/jobs/_doc/" + postingId).then().statusCode(200)
                        .body("_source.status", equalTo("OPEN")));
        await().atMost(Duration.ofSeconds(30)).until(() -> Platform.recommended(workerId).containsKey(postingId));

        given().post(Platform.OPENSEARCH + "/jobs/_refresh").then().statusCode(200);
        given().contentType("application/json")
                .body("{\"query\": {\"term\": {\"postingId\": \"" + postingId + "\"}}}")
                .post(Platform.OPENSEARCH + "/jobs/_count").then().statusCode(200).body("count", equalTo(1));
        given().get(Platform.OPENSEARCH + "/jobs/_doc/" + postingId).then().body("_version", equalTo(1));
        assertEquals(1, publishedEventsFor(postingId), "the relay published the posting once, not once per retry");
    }

    /** Reads jobs.v1 from the beginning and counts the PostingPublished events keyed by this posting. */
    private static long publishedEventsFor(String postingId) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.KAFKA,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor("jobs.v1").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long count = 0;
            long deadline = System.currentTimeMillis() + 30_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    Header type = r.headers().lastHeader("ce_type");
                    if (postingId.equals(r.key()) && type != null
                            && new String(type.value(), StandardCharsets.UTF_8).equals("laborlink.posting.published.v1")) {
                        count++;
                    }
                }
            }
            return count;
        }
    }
}
