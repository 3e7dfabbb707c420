package org.laborlink.workers.partnerwebhook;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.laborlink.workers.outbound.OutboundHttps;
import org.laborlink.workers.outbound.OutboundTargets;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due webhook deliveries: every {@code laborlink.webhooks.poll-interval} up to 50 of them are taken under a
 * lease (their next attempt pushed two minutes out, {@code for update skip locked}, so several instances never send
 * one delivery at once), POSTed in parallel with the Standard Webhooks headers, and their outcome recorded: a 2xx is
 * DELIVERED; anything else (another status, a refused connection, a timeout, a target now resolving to a refused
 * address) is tried again on the retry schedule until the delivery's deadline, then DEAD.
 */
@ApplicationScoped
public class WebhookSending {

    private static final Logger LOG = Logger.getLogger(WebhookSending.class);
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final AgroalDataSource database;
    private final PersonalDataCipher cipher;
    private final OutboundHttps https;
    private final OutboundTargets targets;
    private final WebhookSettings settings;
    private final Clock clock;

    public WebhookSending(AgroalDataSource database, PersonalDataCipher cipher, OutboundHttps https, OutboundTargets targets,
            WebhookSettings settings, Clock clock) {
        this.database = database;
        this.cipher = cipher;
        this.https = https;
        this.targets = targets;
        this.settings = settings;
        this.clock = clock;
    }

    /** A delivery taken for sending, with its subscription's URL and signing secrets. */
    record Due(String id, String payload, int attempts, Instant giveUpAt, String url, List<String> secrets) {
    }

    /** What became of one attempt. */
    record Outcome(Due due, Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Scheduled(every = "${laborlink.webhooks.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        try {
            List<Due> due = take();
            if (due.isEmpty()) {
                return;
            }
            List<CompletableFuture<Outcome>> sent = due.stream().map(this::send).toList();
            record(sent.stream().map(CompletableFuture::join).toList());
        } catch (SQLException e) {
            LOG.warnf("webhook deliveries not sent this round: %s", e.getMessage());
        }
    }

    private List<Due> take() throws SQLException {
        Instant now = clock.instant();
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            List<Due> due = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("""
                    select d.id, d.payload, d.attempts, d.give_up_at, s.id, s.url, s.secret_cipher,
                           s.previous_secret_cipher, s.previous_secret_until
                    from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                    where d.status = 'PENDING' and d.next_attempt_at <= ?
                    order by d.next_attempt_at limit ? for update of d skip locked""");
                    PreparedStatement lease = c.prepareStatement(
                            "update webhook_delivery set next_attempt_at = ? where id = ?")) {
                select.setTimestamp(1, Timestamp.from(now));
                select.setInt(2, BATCH);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID subscription = rows.getObject(5, UUID.class);
                        List<String> secrets = new ArrayList<>();
                        secrets.add(cipher.decrypt(rows.getBytes(7), subscription, PartnerWebhooks.SECRET_FIELD));
                        Timestamp previousUntil = rows.getTimestamp(9);
                        if (rows.getBytes(8) != null && previousUntil != null && previousUntil.toInstant().isAfter(now)) {
                            secrets.add(cipher.decrypt(rows.getBytes(8), subscription, PartnerWebhooks.SECRET_FIELD));
                        }
                        due.add(new Due(rows.getString(1), rows.getString(2), rows.getInt(3),
                                rows.getTimestamp(4).toInstant(), rows.getString(6), secrets));
                    }
                }
                for (Due d : due) {
                    lease.setTimestamp(1, Timestamp.from(now.plus(LEASE)));
                    lease.setString(2, d.id());
                    lease.addBatch();
                }
                lease.executeBatch();
            }
            c.commit();
            return due;
        }
    }

    private CompletableFuture<Outcome> send(Due due) {
        URI url = URI.create(due.url());
        Optional<String> refused = targets.refusal(url);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(due, null, "target " + refused.get()));
        }
        long timestamp = clock.instant().getEpochSecond();
        String signatures = String.join(" ", due.secrets().stream()
                .map(secret -> WebhookSigning.signature(secret, due.id(), timestamp, due.payload())).toList());
        HttpRequest request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("User-Agent", "LaborLink-Webhooks/1")
                .header("webhook-id", due.id()).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatures)
                .POST(HttpRequest.BodyPublishers.ofString(due.payload())).build();
        return https.client().sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new Outcome(due, response.statusCode(),
                        response.statusCode() / 100 == 2 ? null : "the receiver answered " + response.statusCode()))
                .exceptionally(failure -> new Outcome(due, null, OutboundHttps.describe(failure)));
    }

    private void record(List<Outcome> outcomes) throws SQLException {
        Instant now = clock.instant();
        try (Connection c = database.getConnection();
                PreparedStatement update = c.prepareStatement("""
                        update webhook_delivery set status = ?, attempts = attempts + 1, last_attempt_at = ?,
                            last_response = ?, last_error = ?, next_attempt_at = ?, delivered_at = ?
                        where id = ? and status = 'PENDING'""")) {
            for (Outcome o : outcomes) {
                Optional<Instant> next = o.delivered() ? Optional.empty()
                        : settings.retries().next(now, o.due().attempts() + 1, o.due().giveUpAt());
                String status = o.delivered() ? "DELIVERED" : next.isPresent() ? "PENDING" : "DEAD";
                update.setString(1, status);
                update.setTimestamp(2, Timestamp.from(now));
                update.setObject(3, o.status());
                update.setString(4, o.error());
                update.setTimestamp(5, next.map(Timestamp::from).orElse(null));
                update.setTimestamp(6, o.delivered() ? Timestamp.from(now) : null);
                update.setString(7, o.due().id());
                update.addBatch();
                if (status.equals("DEAD")) {
                    LOG.infof("webhook delivery %s is dead after %d attempts: %s", o.due().id(), o.due().attempts() + 1,
                            o.error());
                }
            }
            update.executeBatch();
        }
    }
}
