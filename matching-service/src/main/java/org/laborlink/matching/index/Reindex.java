package org.laborlink.matching.index;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.laborlink.matching.index.events.IndexedTopic;
import org.laborlink.matching.index.store.SearchIndexes;
import org.laborlink.matching.index.store.SearchWriter;
import org.laborlink.platform.concurrency.SerialExecutor;
import org.laborlink.platform.problem.ProblemException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Rebuilds the indexes from the beginning of their topics while the current ones keep serving: for each alias a new
 * index is created, live writes start going to it as well, then a consumer of its own reads the topic from the
 * beginning up to the end it had when it started, in bulk, with the same external versions; when it gets there the
 * alias moves to the new index in one step and the old one is deleted. Nothing that arrives meanwhile is lost: it
 * is either before that end (the rebuild reads it) or after (the live write puts it in the new index too).
 * <p>
 * Runs when an admin asks ({@code POST /api/v1/admin/reindex}) and at start for an alias whose index has an older
 * mapping version than this code's. One rebuild at a time; its progress is kept in memory.
 */
@ApplicationScoped
public class Reindex {

    private static final Logger LOG = Logger.getLogger(Reindex.class);
    private static final Duration STALLED = Duration.ofSeconds(60);

    /** What a rebuild is doing. */
    public enum State { RUNNING, DONE, FAILED }

    /** One alias's rebuild: its new index and how far through its topic it is. */
    public record AliasProgress(String alias, String index, String topic, long recordsTotal, long recordsRead,
            long documentsWritten, boolean switched) {
    }

    /** A rebuild as an admin sees it. */
    public record Progress(State state, Instant startedAt, Instant finishedAt, String reason, List<AliasProgress> aliases) {
    }

    private final SearchIndexes indexes;
    private final SearchWriter writer;
    private final OpenSearchClient client;
    private final Instance<IndexedTopic> topics;
    private final Map<String, Object> broker;
    private final int batchSize;
    /** One rebuild at a time, on Quarkus's managed threads. */
    private final ManagedExecutor runner = SerialExecutor.create();
    private final AtomicReference<Run> current = new AtomicReference<>();

    public Reindex(SearchIndexes indexes, SearchWriter writer, OpenSearchClient client, Instance<IndexedTopic> topics,
            @Identifier("default-kafka-broker") Map<String, Object> broker,
            @ConfigProperty(name = "laborlink.reindex.batch-size", defaultValue = "2000") int batchSize) {
        this.indexes = indexes;
        this.writer = writer;
        this.client = client;
        this.topics = topics;
        this.broker = broker;
        this.batchSize = batchSize;
    }

    /** A new mapping version is built in the background; the index of the old one serves until then. */
    void rebuildOutdated(@Observes @Priority(20) StartupEvent started) throws IOException {
        List<IndexedTopic> outdated = new ArrayList<>();
        for (IndexedTopic topic : topics) {
            if (indexes.outdated(topic.alias())) {
                outdated.add(topic);
            }
        }
        if (!outdated.isEmpty()) {
            LOG.infof("mapping of %s is older than this code's: rebuilding", outdated.stream().map(IndexedTopic::alias).toList());
            start(outdated);
        }
    }

    /** Starts rebuilding every index; refused while one is running. */
    public Progress start() {
        List<IndexedTopic> all = new ArrayList<>();
        topics.forEach(all::add);
        return start(all);
    }

    private synchronized Progress start(List<IndexedTopic> which) {
        Run running = current.get();
        if (running != null && running.state.get() == State.RUNNING) {
            throw ProblemException.conflict("reindex-running", "a reindex started at " + running.startedAt
                    + " is still running; follow it at GET /api/v1/admin/reindex");
        }
        Run run = new Run(which.stream().map(t -> new AliasRun(t, indexes.newIndexName(t.alias()))).toList());
        current.set(run);
        runner.submit(() -> run(run));
        return run.progress();
    }

    public Optional<Progress> progress() {
        return Optional.ofNullable(current.get()).map(Run::progress);
    }

    private void run(Run run) {
        try {
            for (AliasRun alias : run.aliases) {
                rebuild(alias);
            }
            run.finish(State.DONE, null);
        } catch (Exception e) {
            LOG.error("reindex failed", e);
            for (AliasRun alias : run.aliases) {
                if (!alias.switched) {
                    writer.stopRebuilding(alias.topic.alias());
                    try {
                        indexes.delete(alias.index);
                    } catch (IOException deleting) {
                        LOG.warnf("could not delete the unfinished index %s: %s", alias.index, deleting);
                    }
                }
            }
            run.finish(State.FAILED, e.toString());
        }
    }

    private void rebuild(AliasRun alias) throws IOException {
        String name = alias.topic.alias();
        indexes.create(name, alias.index, false);
        // live writes go to the new index before the end of the topic is taken: nothing falls between the two
        writer.startRebuilding(name, alias.index);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(alias.topic.topic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            alias.recordsTotal = partitions.stream().mapToLong(p -> end.get(p) - beginning.get(p)).sum();
            long lastRecord = System.nanoTime();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                List<IndexedTopic.IndexedDocument> batch = new ArrayList<>();
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    lastRecord = System.nanoTime();
                } else if (System.nanoTime() - lastRecord > STALLED.toNanos()) {
                    throw new IOException("no record of " + alias.topic.topic() + " arrived for " + STALLED);
                }
                for (ConsumerRecord<String, String> record : records) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // the live writes cover it
                    }
                    alias.recordsRead.incrementAndGet();
                    documentOf(alias.topic, record).ifPresent(batch::add);
                }
                write(alias, batch);
            }
        }
        indexes.switchTo(name, alias.index);
        alias.switched = true;
        writer.stopRebuilding(name);
    }

    /** A record the live consumer dead-lettered is skipped here too. */
    private static Optional<IndexedTopic.IndexedDocument> documentOf(IndexedTopic topic, ConsumerRecord<String, String> record) {
        try {
            return topic.document(record);
        } catch (RuntimeException e) {
            LOG.debugf("reindex skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e);
            return Optional.empty();
        }
    }

    private void write(AliasRun alias, List<IndexedTopic.IndexedDocument> batch) throws IOException {
        for (int from = 0; from < batch.size(); from += batchSize) {
            List<BulkOperation> operations = new ArrayList<>();
            for (IndexedTopic.IndexedDocument d : batch.subList(from, Math.min(batch.size(), from + batchSize))) {
                operations.add(BulkOperation.of(o -> o.index(i -> i.index(alias.index).id(d.id()).version(d.version())
                        .versionType(VersionType.External).document(d.source()))));
            }
            BulkResponse response = client.bulk(b -> b.operations(operations));
            for (BulkResponseItem item : response.items()) {
                if (item.error() == null) {
                    alias.documentsWritten.incrementAndGet();
                } else if (item.status() >= 400 && item.status() < 500 && item.status() != 429 && item.status() != 409) {
                    // refused, as the live consumer would have dead-lettered it: skipped, not fatal
                    LOG.warnf("reindex skips %s: %s", item.id(), item.error().reason());
                } else if (item.status() != 409) { // 409: the index already holds this version or a newer one
                    throw new IOException("bulk write of " + item.id() + " to " + alias.index + " failed: "
                            + item.error().reason());
                }
            }
        }
    }

    private Properties consumerConfig() {
        Properties config = new Properties(); // the kafka.* settings SmallRye's consumers use, security included
        config.putAll(broker);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batchSize);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "matching-service-reindex");
        return config;
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    private static final class AliasRun {
        final IndexedTopic topic;
        final String index;
        volatile long recordsTotal;
        final AtomicLong recordsRead = new AtomicLong();
        final AtomicLong documentsWritten = new AtomicLong();
        volatile boolean switched;

        AliasRun(IndexedTopic topic, String index) {
            this.topic = topic;
            this.index = index;
        }
    }

    private static final class Run {
        final Instant startedAt = Instant.now();
        final List<AliasRun> aliases;
        final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
        volatile Instant finishedAt;
        volatile String reason;

        Run(List<AliasRun> aliases) {
            this.aliases = aliases;
        }

        void finish(State how, String why) {
            finishedAt = Instant.now();
            reason = why;
            state.set(how);
        }

        Progress progress() {
            return new Progress(state.get(), startedAt, finishedAt, reason, aliases.stream()
                    .map(a -> new AliasProgress(a.topic.alias(), a.index, a.topic.topic(), a.recordsTotal,
                            a.recordsRead.get(), a.documentsWritten.get(), a.switched))
                    .toList());
        }
    }
}
