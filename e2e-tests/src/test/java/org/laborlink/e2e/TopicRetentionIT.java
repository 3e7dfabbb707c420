package org.laborlink.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The topics matching's indexes are rebuilt from (jobs.v1, workers.v1, and applications.v1 and employment.v1 for the
 * outcomes its ranking learns from) keep every record, so a rebuild a week later still finds every posting, labour
 * file and outcome. Shown on two short-lived scratch topics, side by side, while the broker
 * applies retention (every 10 s on the local platform): one with Kafka's default retention shortened to 2 s loses
 * its first records; one with the settings jobs.v1 has keeps them all, and a rebuild reading it from the beginning
 * reads every record.
 */
class TopicRetentionIT {

    private static final String RETENTION = "retention.ms";

    @Test
    void theTopicsIndexesAreRebuiltFromKeepEveryRecordAfterRetentionHasRun() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.KAFKA))) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(
                    new ConfigResource(ConfigResource.Type.TOPIC, "jobs.v1"),
                    new ConfigResource(ConfigResource.Type.TOPIC, "workers.v1"),
                    new ConfigResource(ConfigResource.Type.TOPIC, "applications.v1"),
                    new ConfigResource(ConfigResource.Type.TOPIC, "employment.v1"))).all().get();
            configs.forEach((topic, config) -> assertEquals("-1", config.get(RETENTION).value(),
                    topic.name() + " keeps every record"));
            String kept = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, "jobs.v1")).get(RETENTION).value();

            String run = UUID.randomUUID().toString().substring(0, 8);
            String shortLived = "retention-proof-default-" + run;
            String asJobs = "retention-proof-rebuilt-" + run;
            admin.createTopics(List.of(
                    new NewTopic(shortLived, 1, (short) 1).configs(Map.of(RETENTION, "2000", "segment.ms", "1000")),
                    new NewTopic(asJobs, 1, (short) 1).configs(Map.of(RETENTION, kept, "segment.ms", "1000")))).all().get();
            try {
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.KAFKA,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
                    for (int i = 0; i < 5; i++) {
                        for (String topic : List.of(shortLived, asJobs)) {
                            producer.send(new ProducerRecord<>(topic, "posting-" + i, "{\"n\":" + i + "}")).get();
                        }
                    }
                    Thread.sleep(2500);
                    // a record after the segment's time is up rolls it: the old segment becomes eligible for deletion
                    for (String topic : List.of(shortLived, asJobs)) {
                        producer.send(new ProducerRecord<>(topic, "posting-5", "{\"n\":5}")).get();
                    }
                }
                TopicPartition lossy = new TopicPartition(shortLived, 0);
                long deadline = System.currentTimeMillis() + 60_000;
                long start = 0;
                while (start == 0 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(1000);
                    start = admin.listOffsets(Map.of(lossy, OffsetSpec.earliest())).all().get().get(lossy).offset();
                }
                assertTrue(start > 0, "retention ran on the short-lived topic: its first records are gone");

                TopicPartition partition = new TopicPartition(asJobs, 0);
                assertEquals(0, admin.listOffsets(Map.of(partition, OffsetSpec.earliest())).all().get().get(partition).offset(),
                        "the topic with jobs.v1's settings lost nothing");
                assertEquals(6, readFromTheBeginning(partition), "a rebuild reads every record");
            } finally {
                admin.deleteTopics(List.of(shortLived, asJobs)).all().get();
            }
        }
    }

    /** How many records a consumer reading the partition from its beginning to its end gets, as a rebuild does. */
    private static int readFromTheBeginning(TopicPartition partition) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.KAFKA,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            int read = 0;
            long deadline = System.currentTimeMillis() + 20_000;
            while (consumer.position(partition) < end && System.currentTimeMillis() < deadline) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
            return read;
        }
    }
}
