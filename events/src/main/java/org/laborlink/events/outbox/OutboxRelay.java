package org.laborlink.events.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.laborlink.events.EventEnvelope;
import org.laborlink.platform.concurrency.SerialExecutor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * Publishes the outbox to Kafka: leases a batch of unsent rows, sends them in order with the idempotent producer
 * (acks=all, keyed by aggregate id), marks the acknowledged ones sent and reschedules the rest with exponential
 * backoff. Keeps polling while Kafka is down and catches up when it returns. Several instances may run: leases keep
 * them from sending the same row at once, and consumers are idempotent for the rare repeat. A trigger NOTIFYs on
 * commit and the relay LISTENs, so an event usually leaves within milliseconds; polling is the fallback.
 */
@ApplicationScoped
@IfBuildProperty(name = "laborlink.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /**
     * Unsent, due rows not leased by anyone, in id order; a row waits while an older unsent row of its aggregate is
     * backing off or leased elsewhere, so one aggregate's events never overtake each other.
     */
    private static final String LEASE = """
            update event_outbox set leased_until = now() + interval '60 seconds'
            where id in (select e.id from event_outbox e
                         where e.sent_at is null and e.next_attempt_at <= now()
                           and (e.leased_until is null or e.leased_until < now())
                           and not exists (select 1 from event_outbox o
                                           where o.aggregate_id = e.aggregate_id and o.sent_at is null and o.id < e.id
                                             and (o.next_attempt_at > now() or o.leased_until >= now()))
                         order by e.id limit $1 for update skip locked)
            returning id, event_id, topic, aggregate_id, event_type, source, occurred_at, payload::text as payload, attempts,
                      trace_parent""";
    private static final String MARK_SENT = "update event_outbox set sent_at = now(), leased_until = null where id = any($1)";
    private static final String RESCHEDULE = """
            update event_outbox set attempts = attempts + 1, leased_until = null, last_error = $2,
                   next_attempt_at = now() + make_interval(secs => $3)
            where id = $1""";
    private static final String NOTIFY_CHANNEL = "event_outbox";
    private static final String PURGE = "delete from event_outbox where sent_at < now() - make_interval(days => $1)";

    private final Pool pool;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final Duration maxBackoff;
    private final int retentionDays;
    private final Counter published;
    private final Counter failed;
    private final Duration pollInterval;
    /** One pass at a time, on Quarkus's managed threads; woken by commits and by the poll timer. */
    private final ManagedExecutor relayThread = SerialExecutor.create();
    private Vertx vertx;
    private long pollTimer = -1;
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private PgSubscriber subscriber;
    private Instant lastPurge = Instant.EPOCH;
    /** Passes failed in a row (the relay thread's own), and until when the next waits. */
    private int failedPasses;
    private long pausedUntil = System.nanoTime();

    public OutboxRelay(Pool pool, MeterRegistry meters,
            @Identifier("default-kafka-broker") Map<String, Object> broker,
            @ConfigProperty(name = "quarkus.application.name") String clientId,
            @ConfigProperty(name = "laborlink.outbox.poll-interval", defaultValue = "PT0.2S") Duration pollInterval,
            @ConfigProperty(name = "laborlink.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "laborlink.outbox.max-backoff", defaultValue = "PT10S") Duration maxBackoff,
            @ConfigProperty(name = "laborlink.outbox.retention-days", defaultValue = "7") int retentionDays) {
        this.pool = pool;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.maxBackoff = maxBackoff;
        this.retentionDays = retentionDays;
        this.published = meters.counter("laborlink.outbox.published");
        this.failed = meters.counter("laborlink.outbox.failed");
        this.producer = EventProducers.create(broker, clientId + "-outbox", Map.of(
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000));
    }

    void start(@Observes StartupEvent started, Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        pollTimer = vertx.setPeriodic(500, pollInterval.toMillis(), id -> wakeUp());
        subscriber = PgSubscriber.subscriber(vertx, PgConnectOptions.fromUri(url).setUser(user).setPassword(password))
                .reconnectPolicy(retries -> Math.min(10_000L, 1000L << Math.min(retries, 4)));
        subscriber.channel(NOTIFY_CHANNEL).handler(payload -> wakeUp());
        subscriber.connect().onFailure(e -> LOG.warnf("outbox relay not listening for commits, polling only: %s", e));
    }

    /** A transaction that wrote events committed, or the poll interval passed: a pass, unless one is waiting already. */
    private void wakeUp() {
        if (wakeRequested.compareAndSet(false, true)) {
            relayThread.execute(() -> {
                wakeRequested.set(false);
                relay();
            });
        }
    }

    /**
     * One pass over the outbox. While the database cannot be reached, passes back off (doubling up to
     * {@code laborlink.outbox.max-backoff}) and the outage is logged when it starts, every minute or so while it lasts,
     * and when it ends, not at every poll.
     */
    void relay() {
        if (System.nanoTime() < pausedUntil) {
            return;
        }
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == batchSize);
            purgeSentRows();
            if (failedPasses > 0) {
                LOG.infof("outbox relay resumed after %d failed passes", failedPasses);
                failedPasses = 0;
            }
        } catch (Exception e) {
            failedPasses++;
            long backoff = Math.min(maxBackoff.toMillis(), pollInterval.toMillis() << Math.min(failedPasses, 10));
            pausedUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoff);
            if (failedPasses == 1 || failedPasses % 10 == 0) {
                LOG.warnf("outbox relay pass failed (%d in a row), next in %d ms: %s", failedPasses, backoff, e.getMessage());
            }
        }
    }

    /** One batch: lease, send in id order, wait for the acknowledgements, record the outcome of each row. */
    int relayBatch() {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery(LEASE).execute(Tuple.of(batchSize)).await().atMost(Duration.ofSeconds(10)).forEach(rows::add);
        if (rows.isEmpty()) {
            return 0;
        }
        rows.sort((a, b) -> Long.compare(a.getLong("id"), b.getLong("id")));
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Future<RecordMetadata> ack = send(row);
            acks.add(ack);
            if (ack.isDone() && !ack.state().equals(Future.State.SUCCESS)) {
                break; // the broker is unreachable: do not wait max.block.ms for each remaining row
            }
        }
        List<Long> sentIds = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            try {
                if (i >= acks.size()) {
                    throw new IllegalStateException("not sent: an earlier record of this batch could not be sent");
                }
                acks.get(i).get(20, TimeUnit.SECONDS);
                sentIds.add(row.getLong("id"));
            } catch (Exception e) {
                failed.increment();
                int attempts = row.getInteger("attempts") + 1;
                double backoff = Math.min(maxBackoff.toMillis(), 250L * (1L << Math.min(attempts, 16))) / 1000.0;
                String reason = e.getCause() != null ? e.getCause().toString() : e.toString();
                pool.preparedQuery(RESCHEDULE).execute(Tuple.of(row.getLong("id"), reason, backoff))
                        .await().atMost(Duration.ofSeconds(10));
                if (attempts == 1 || attempts % 10 == 0) {
                    LOG.warnf("event %s to %s not published (attempt %d, next in %.1fs): %s", row.getUUID("event_id"),
                            row.getString("topic"), attempts, backoff, reason);
                }
            }
        }
        if (!sentIds.isEmpty()) {
            pool.preparedQuery(MARK_SENT).execute(Tuple.of(sentIds.toArray(Long[]::new))).await().atMost(Duration.ofSeconds(10));
            published.increment(sentIds.size());
        }
        return rows.size();
    }

    private Future<RecordMetadata> send(Row row) {
        OffsetDateTime occurred = row.getOffsetDateTime("occurred_at");
        EventEnvelope envelope = new EventEnvelope(row.getUUID("event_id"), row.getString("event_type"),
                row.getString("source"), row.getString("aggregate_id"),
                occurred.withOffsetSameInstant(ZoneOffset.UTC).toInstant(), row.getString("payload"));
        try {
            var record = envelope.toKafkaRecord(row.getString("topic"));
            String traceParent = row.getString("trace_parent");
            if (traceParent != null) {
                record.headers().add("traceparent", traceParent.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            return producer.send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void purgeSentRows() {
        if (Duration.between(lastPurge, Instant.now()).toMinutes() < 10) {
            return;
        }
        lastPurge = Instant.now();
        pool.preparedQuery(PURGE).execute(Tuple.of(retentionDays)).await().atMost(Duration.ofSeconds(30));
    }

    @PreDestroy
    void close() throws InterruptedException {
        if (subscriber != null) {
            subscriber.close();
        }
        if (pollTimer >= 0) {
            vertx.cancelTimer(pollTimer);
        }
        relayThread.shutdown();
        relayThread.awaitTermination(10, TimeUnit.SECONDS);
        producer.close(Duration.ofSeconds(5));
    }
}
