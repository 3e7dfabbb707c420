package org.laborlink.matching.index.events;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.EventCatalog;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.jobs.PostingClosed;
import org.laborlink.events.jobs.PostingSuspended;
import org.laborlink.events.jobs.PostingFacts;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.store.SearchIndexes;
import org.laborlink.matching.index.store.DocumentWrites;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps the jobs index in step with {@code jobs.v1}: a published or updated posting is (re)indexed as it now stands, a closed one leaves.
 * What moved forward is told as {@link PostingWritten} (a newly published posting is suggested to its best
 * candidates); every instance's kept lists catch up with it from the index ({@code RecentPostingWrites}).
 * A record that is not a LaborLink event fails here and goes to {@code jobs.v1.dlq} with the reason.
 */
@ApplicationScoped
public class PostingIndexer implements IndexedTopic {

    private static final Logger LOG = Logger.getLogger(PostingIndexer.class);

    private final DocumentWrites writes;
    private final ObjectMapper json;
    private final String topic;
    private final Event<PostingWritten> indexed;

    public PostingIndexer(DocumentWrites writes, ObjectMapper json,
            @ConfigProperty(name = "mp.messaging.incoming.jobs.topic") String topic, Event<PostingWritten> indexed) {
        this.writes = writes;
        this.json = json;
        this.topic = topic;
        this.indexed = indexed;
    }

    @Incoming("jobs")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        document(record, Instant.now()).filter(document -> writes.write(alias(), document.id(), document.version(), document.source())).ifPresent(document -> {
            boolean published = EventCatalog.POSTING_PUBLISHED.type().equals(EventEnvelope.fromKafka(record).type());
            indexed.fire(new PostingWritten((JobDocument) document.source(), published));
        });
    }

    @Override
    public String alias() {
        return SearchIndexes.JOBS;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public Optional<IndexedDocument> document(ConsumerRecord<String, String> record, Instant indexedAt) {
        EventEnvelope envelope = EventEnvelope.fromKafka(record);
        DomainEvent event = envelope.dataAsEvent(json);
        JobDocument document = switch (event) {
            case PostingFacts posting -> JobDocument.of(posting, indexedAt);
            case PostingClosed closed -> JobDocument.closed(closed, indexedAt);
            case PostingSuspended suspended -> JobDocument.suspended(suspended, indexedAt);
            default -> null;
        };
        if (document == null) {
            LOG.debugf("jobs.v1 event %s of type %s is not for the jobs index", envelope.id(), envelope.type());
            return Optional.empty();
        }
        return Optional.of(new IndexedDocument(document.postingId(), document.version(), document));
    }
}
