package org.laborlink.workers.workermessage;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.laborlink.workers.identity.store.PersonalDataCipher;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.outbound.OutboundHttps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * The SMS provider: every {@code laborlink.messages.poll-interval} up to 50 due messages are taken under a lease
 * ({@code for update skip locked}) and POSTed to the SMS gateway ({@code laborlink.messages.gateway-url}, HTTPS) as
 * {@code {"to", "text", "language"}} with an Idempotency-Key: the phone number, decrypted here and nowhere else, is
 * the recipient's own and the only number in the envelope. A 2xx is SENT; anything else is retried on the schedule
 * until the message's deadline, then FAILED. A worker who opted out meanwhile is not sent it; one inside quiet hours
 * gets it when they end. Without a gateway configured, messages wait in the outbox (the console shows them).
 */
@ApplicationScoped
public class WorkerMessageSending {

    private static final Logger LOG = Logger.getLogger(WorkerMessageSending.class);
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final AgroalDataSource database;
    private final PersonalDataCipher cipher;
    private final OutboundHttps https;
    private final MessageSettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    public WorkerMessageSending(AgroalDataSource database, PersonalDataCipher cipher, OutboundHttps https,
            MessageSettings settings, ObjectMapper json, Clock clock) {
        this.database = database;
        this.cipher = cipher;
        this.https = https;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** A message taken for sending. */
    record Due(UUID id, String text, String language, int attempts, Instant giveUpAt, String phone) {
    }

    /** What became of a message this round: its new status, next attempt, error. */
    record Outcome(UUID id, String status, boolean attempted, Instant next, String error) {
    }

    @Scheduled(every = "${laborlink.messages.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        if (settings.gatewayUrl().isEmpty()) {
            return;
        }
        try {
            List<Outcome> outcomes = new ArrayList<>();
            List<CompletableFuture<Outcome>> sent = new ArrayList<>();
            for (Object taken : take()) {
                if (taken instanceof Outcome settled) {
                    outcomes.add(settled);
                } else {
                    sent.add(send((Due) taken));
                }
            }
            sent.forEach(f -> outcomes.add(f.join()));
            record(outcomes);
        } catch (SQLException e) {
            LOG.warnf("messages to workers not sent this round: %s", e.getMessage());
        }
    }

    /** Due messages to send, and outcomes settled without sending (opted out, no phone, quiet hours). */
    private List<Object> take() throws SQLException {
        Instant now = clock.instant();
        List<Object> taken = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement select = c.prepareStatement("""
                    select m.id, m.text, m.language, m.attempts, m.give_up_at, m.worker_id, f.phone_cipher,
                           coalesce(p.opted_out, false), p.quiet_from, p.quiet_until
                    from worker_message m join labour_file f on f.id = m.worker_id
                         left join message_preference p on p.worker_id = m.worker_id
                    where m.status = 'PENDING' and m.next_attempt_at <= ?
                    order by m.next_attempt_at limit ? for update of m skip locked""");
                    PreparedStatement lease = c.prepareStatement("update worker_message set next_attempt_at = ? where id = ?")) {
                select.setTimestamp(1, Timestamp.from(now));
                select.setInt(2, BATCH);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        UUID worker = rows.getObject(6, UUID.class);
                        byte[] phone = rows.getBytes(7);
                        Time quietFrom = rows.getTime(9);
                        Time quietUntil = rows.getTime(10);
                        Optional<QuietHours> quiet = settings.quietHoursOf(quietFrom == null ? null : quietFrom.toLocalTime(),
                                quietUntil == null ? null : quietUntil.toLocalTime());
                        if (rows.getBoolean(8)) {
                            taken.add(new Outcome(id, "OPTED_OUT", false, null, null));
                        } else if (phone == null) {
                            taken.add(new Outcome(id, "NO_PHONE", false, null, null));
                        } else if (quiet.isPresent() && quiet.get().contains(now)) {
                            taken.add(new Outcome(id, "PENDING", false, quiet.get().nextAllowed(now), null));
                        } else {
                            taken.add(new Due(id, rows.getString(2), rows.getString(3), rows.getInt(4),
                                    rows.getTimestamp(5).toInstant(), cipher.decrypt(phone, worker, LabourFile.PHONE)));
                            lease.setTimestamp(1, Timestamp.from(now.plus(LEASE)));
                            lease.setObject(2, id);
                            lease.addBatch();
                        }
                    }
                }
                lease.executeBatch();
            }
            c.commit();
        }
        return taken;
    }

    private CompletableFuture<Outcome> send(Due due) {
        ObjectNode envelope = json.createObjectNode().put("to", due.phone()).put("text", due.text())
                .put("language", due.language());
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.gatewayUrl().orElseThrow()).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("User-Agent", "LaborLink-Messages/1")
                .header("Idempotency-Key", due.id().toString())
                .POST(HttpRequest.BodyPublishers.ofString(envelope.toString()));
        settings.gatewayToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return https.client().sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() / 100 == 2 ? null : "the SMS gateway answered " + r.statusCode())
                .exceptionally(OutboundHttps::describe)
                .thenApply(error -> {
                    if (error == null) {
                        return new Outcome(due.id(), "SENT", true, null, null);
                    }
                    Optional<Instant> next = settings.retries().next(clock.instant(), due.attempts() + 1, due.giveUpAt());
                    return new Outcome(due.id(), next.isPresent() ? "PENDING" : "FAILED", true, next.orElse(null), error);
                });
    }

    private void record(List<Outcome> outcomes) throws SQLException {
        if (outcomes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        try (Connection c = database.getConnection();
                PreparedStatement update = c.prepareStatement("""
                        update worker_message set status = ?, attempts = attempts + ?, next_attempt_at = ?,
                            last_error = coalesce(?, last_error), sent_at = ?
                        where id = ? and status = 'PENDING'""")) {
            for (Outcome o : outcomes) {
                update.setString(1, o.status());
                update.setInt(2, o.attempted() ? 1 : 0);
                update.setTimestamp(3, o.next() == null ? null : Timestamp.from(o.next()));
                update.setString(4, o.error());
                update.setTimestamp(5, o.status().equals("SENT") ? Timestamp.from(now) : null);
                update.setObject(6, o.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
