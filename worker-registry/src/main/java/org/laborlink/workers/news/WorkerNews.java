package org.laborlink.workers.news;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.consumer.ConsumedEvents;
import org.laborlink.workers.labourfile.domain.LabourFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * News of a worker, taken from the topics where it happens (one recorder per topic in {@code news.events}), for the
 * two who are told of it: the partner province of her household region (webhook deliveries to its subscriptions:
 * hires, endings, stay milestones, claims paid, training completed) and the worker herself (messages: an offer, a
 * hire, a freed course place, a claim decided, new match suggestions). Each record is taken once: the consumed-event
 * log commits with the deliveries and messages it wrote. The consumer groups start at the end of their topics: a
 * platform that gains them does not tell workers and partners its whole past.
 */
@ApplicationScoped
public class WorkerNews {

    private final ConsumedEvents consumed;
    private final ObjectMapper json;

    public WorkerNews(ConsumedEvents consumed, ObjectMapper json) {
        this.consumed = consumed;
        this.json = json;
    }

    /** The record's event handled once, in one transaction with the consumed-event log; retried a few times on failure. */
    public Uni<Void> take(ConsumerRecord<String, String> record, String consumer,
            BiFunction<Mutiny.Session, DomainEvent, Uni<Void>> handling) {
        EventEnvelope envelope = EventEnvelope.fromKafka(record);
        DomainEvent event = envelope.dataAsEvent(json);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> consumed
                .firstDelivery(session, consumer, envelope.id())
                .chain(first -> first ? handling.apply(session, event) : Uni.createFrom().voidItem())))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(5);
    }

    /** {@code then} with the worker's labour file; nothing when the platform holds none. */
    public Uni<Void> ofWorker(Mutiny.Session session, String workerId, Function<LabourFile, Uni<Void>> then) {
        return session.find(LabourFile.class, UUID.fromString(workerId))
                .chain(file -> file == null ? Uni.createFrom().voidItem() : then.apply(file));
    }

    /** The event as the data of a webhook payload. */
    public ObjectNode data(DomainEvent event) {
        return json.valueToTree(event);
    }
}
