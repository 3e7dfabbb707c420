package org.laborlink.subsidies.facts;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.JobType;
import org.laborlink.events.Topics;
import org.laborlink.events.workers.LabourFileRegistered;
import org.laborlink.events.workers.PovertyStatus;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The consumer side of the event backbone over the real broker: a redelivered event has no second effect, an older
 * version never overwrites a newer fact, and a record that is no LaborLink event goes to the dead-letter topic with
 * the reason.
 */
@QuarkusTest
@Tag("service")
class WorkerFactRecorderTest {

    @Inject
    Pool database;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aRedeliveredEventHasOneEffectAndAnOlderVersionNeverWins() throws Exception {
        String workerId = UUID.randomUUID().toString();
        EventEnvelope registered = EventEnvelope.wrap(file(workerId, 2, PovertyStatus.LIFTED_OUT), "test", json);
        EventEnvelope older = EventEnvelope.wrap(file(workerId, 1, PovertyStatus.REGISTERED_POOR), "test", json);
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(registered.toKafkaRecord(Topics.WORKERS)).get();
            producer.send(registered.toKafkaRecord(Topics.WORKERS)).get();
            producer.send(older.toKafkaRecord(Topics.WORKERS)).get();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(1, count("select count(*) from consumed_event where event_id = $1", older.id())));
        assertEquals(1, count("select count(*) from consumed_event where event_id = $1", registered.id()),
                "the same event id is processed once");
        Row fact = database.preparedQuery("select version, poverty_status from worker_fact where worker_id = $1")
                .execute(Tuple.of(UUID.fromString(workerId))).await().indefinitely().iterator().next();
        assertEquals(2L, fact.getLong("version"));
        assertEquals("LIFTED_OUT", fact.getString("poverty_status"), "the older event did not overwrite the newer fact");
    }

    @Test
    void aRecordThatIsNoLaborLinkEventGoesToTheDeadLetterTopicWithTheReason() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> dlq = consumer(); KafkaProducer<String, String> producer = producer()) {
            List<TopicPartition> partitions = dlq.partitionsFor(Topics.deadLetter(Topics.WORKERS)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            dlq.assign(partitions);
            dlq.seekToEnd(partitions);
            partitions.forEach(dlq::position);
            producer.send(new ProducerRecord<>(Topics.WORKERS, key, "{\"not\": \"a cloud event\"}")).get();

            long deadline = System.currentTimeMillis() + 30_000;
            String reason = null;
            while (reason == null && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : dlq.poll(Duration.ofMillis(500))) {
                    Header header = r.headers().lastHeader("dead-letter-reason");
                    if (key.equals(r.key()) && header != null) {
                        reason = new String(header.value(), StandardCharsets.UTF_8);
                    }
                }
            }
            assertTrue(reason != null && reason.contains("not a CloudEvent"), "dead-letter reason: " + reason);
        }
    }

    private long count(String sql, UUID id) {
        return database.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0);
    }

    private static LabourFileRegistered file(String workerId, long version, PovertyStatus status) {
        return new LabourFileRegistered(workerId, version, "522601", null, null, status, List.of(), List.of(), null,
                false, null, List.of(), List.of(JobType.REGULAR), Instant.now());
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }
}
