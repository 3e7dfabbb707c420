package org.laborlink.events.outbox;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka producers for events written outside SmallRye's channels (the outbox relay, match suggestions), built from
 * the same {@code kafka.*} configuration SmallRye's connector uses (Quarkus's {@code default-kafka-broker} map):
 * bootstrap servers, security protocol, SASL and TLS settings reach them too. What they add is theirs: a client id,
 * acknowledgement by all in-sync replicas, idempotence and string serialisation, plus any settings the caller names.
 */
public final class EventProducers {

    private EventProducers() {
    }

    public static KafkaProducer<String, String> create(Map<String, Object> broker, String clientId,
            Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(broker);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.putAll(settings);
        return new KafkaProducer<>(config);
    }
}
