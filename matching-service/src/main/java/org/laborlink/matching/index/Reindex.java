package org.laborlink.matching.index;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.laborlink.matching.index.store.Coordination;
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
 * index is created and a consumer of its own reads the topic from the beginning up to the end it had when it started,
 * in bulk, with the same external versions; then up to the end once more (what arrived meanwhile); then the alias
 * moves to the new index in one step, the old one is deleted, and the consumer reads up to the end a last time: what
 * the live consumers wrote to the old index before the move. Nothing is lost and no instance needs to know a rebuild
 * is running: a record is either read by the rebuild, or written by a live consumer after the move (to the new index).
 * <p>
 * Runs when an admin asks ({@code POST /api/v1/admin/reindex}) and at start for an alias whose index has an older
 * mapping version than this code's. One rebuild at a time across every instance: the one holding the lease
 * {@value #LEASE} ({@link Coordination}), which writes its progress there for any instance to show.
 */
@ApplicationScoped
public class Reindex {

    private static final Logger LOG = Logger.getLogger(Reindex.class);
    private static final Duration STALLED = Duration.ofSeconds(60);
    static final String LEASE = "reindex";
    /** A lease not renewed for this long belongs to an instance that stopped: another may take the rebuild over. */
    private static final Duration LEASE_STALE = Duration.ofMinutes(2);
    private static final Duration RENEW_EVERY = Duration.ofSeconds(5);

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
    private final OpenSearchClient client;
    private final Coordination coordination;
    private final Instance<IndexedTopic> topics;
    private final Map<String, Object> broker;
    private final int batchSize;
    /** This instance's rebuild, on Quarkus's managed threads. */
    private final ManagedExecutor runner = SerialExecutor.create();

    public Reindex(SearchIndexes indexes, OpenSearchClient client, Coordination coordination,
            Instance<IndexedTopic> topics, @Identifier("default-kafka-broker") Map<String, Object> broker,
            @ConfigProperty(name = "laborlink.reindex.batch-size", defaultValue = "2000") int batchSize) {
        this.indexes = indexes;
        this.client = client;
        this.coordination = coordination;
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
            try {
                start(outdated);
            } catch (ProblemException running) {
                LOG.infof("another instance is rebuilding already");
            }
        }
    }

    /** Starts rebuilding every index; refused while one is running on any instance. */
    public Progress start() {
        List<IndexedTopic> all = new ArrayList<>();
        topics.forEach(all::add);
        return start(all);
    }

    private synchronized Progress start(List<IndexedTopic> which) {
        Run run = new Run(which.stream().map(t -> new AliasRun(t, indexes.newIndexName(t.alias()))).toList());
        Coordination.Lease lease = coordination.acquire(LEASE, run.progress(), LEASE_STALE,
                state -> state != null && State.RUNNING.name().equals(state.path("state").asText())).orElse(null);
        if (lease == null) {
            Instant since = progress().map(Progress::startedAt).orElse(null);
            throw ProblemException.conflict("reindex-running", "a reindex started at " + since
                    + " is still running; follow it at GET /api/v1/admin/reindex");
        }
        run.lease = lease;
        runner.submit(() -> run(run));
        return run.progress();
    }

    /** The running rebuild, or the last one, whichever instance ran it. */
    public Optional<Progress> progress() {
        return coordination.state(LEASE, Progress.class);
    }

    private void run(Run run) {
        try {
            for (AliasRun alias : run.aliases) {
                rebuild(run, alias);
            }
            run.finish(State.DONE, null);
        } catch (Exception e) {
            LOG.error("reindex failed", e);
            for (AliasRun alias : run.aliases) {
                if (!alias.switched) {
                    try {
                        indexes.delete(alias.index);
                    } catch (IOException deleting) {
                        LOG.warnf("could not delete the unfinished index %s: %s", alias.index, deleting);
                    }
                }
            }
            run.finish(State.FAILED, e.toString());
        }
        if (run.lease != null) {
            coordination.renew(run.lease, run.progress());
        }
    }

    private void rebuild(Run run, AliasRun alias) throws IOException {
        String name = alias.topic.alias();
        indexes.create(name, alias.index, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(alias.topic.topic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            readTo(run, alias, consumer, partitions, beginning);
            readTo(run, alias, consumer, partitions, beginning); // what arrived meanwhile
            indexes.switchTo(name, alias.index);
            alias.switched = true;
            // what the live consumers wrote to the old index before the alias moved
            readTo(run, alias, consumer, partitions, beginning);
        }
    }

    /** Reads the topic up to its end as of now; the records to read so far are counted from {@code beginning}. */
    private void readTo(Run run, AliasRun alias, KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> beginning) throws IOException {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
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
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= end.get(partition)) {
                    consumer.seek(partition, end.get(partition)); // read again by the next pass
                    continue;
                }
                alias.recordsRead.incrementAndGet();
                documentOf(alias.topic, record).ifPresent(batch::add);
            }
            write(alias, batch);
            run.renewIfDue();
        }
    }
    /** A record the live consumer dead-lettered is skipped here too. */
    private static Optional<IndexedTopic.IndexedDocument> documentOf(IndexedTopic topic, ConsumerRecord<String, String> record) {
        try {
            return topic.document(record, Instant.ofEpochMilli(record.timestamp()));
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

    private final class Run {
        final Instant startedAt = Instant.now();
        final List<AliasRun> aliases;
        final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
        volatile Instant finishedAt;
        volatile String reason;
        volatile Coordination.Lease lease;
        long renewedAt = System.nanoTime();

        Run(List<AliasRun> aliases) {
            this.aliases = aliases;
        }

        /** Writes the progress with the lease now and then; stops the rebuild if another instance took it over. */
        void renewIfDue() throws IOException {
            if (System.nanoTime() - renewedAt < RENEW_EVERY.toNanos()) {
                return;
            }
            renewedAt = System.nanoTime();
            lease = coordination.renew(lease, progress()).orElse(null);
            if (lease == null) {
                throw new IOException("another instance took the rebuild over (its lease was not renewed in time)");
            }
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
