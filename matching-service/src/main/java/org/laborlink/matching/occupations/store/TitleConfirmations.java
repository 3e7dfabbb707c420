package org.laborlink.matching.occupations.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.jboss.logging.Logger;
import org.laborlink.matching.index.store.PeriodicReads;
import org.laborlink.matching.index.store.SearchIndexes;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Refresh;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * The codes employers and offices confirmed for titles: (title, code, who, when), one per title and party, so a party
 * that corrects itself replaces its own word and a party saying the same a hundred times counts once. A party is an
 * employer or a labour office (an officer's region): what the guard against one party poisoning the normaliser
 * counts. Kept in OpenSearch and held in memory by every instance, which reads what is new every
 * {@code laborlink.occupations.confirmations-read-every} (2 s), so normalising a title asks no server.
 */
@ApplicationScoped
public class TitleConfirmations {

    private static final Logger LOG = Logger.getLogger(TitleConfirmations.class);
    /** How far back each read looks again, for a confirmation written just before an earlier read saw its time. */
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    /** Who confirmed: an employer, or a labour office. */
    public enum PartyKind {
        EMPLOYER, OFFICE
    }

    /** Where a confirmation was made. */
    public enum Source {
        NORMALIZE, POSTING, LABOUR_FILE
    }

    /** One code confirmed for a title, and by how many distinct employers and offices. */
    public record Confirmed(String code, int parties, int offices, int employers) {
    }

    /** A confirmation as stored. */
    public record Stored(String id, String title, String written, String code, String party, String partyKind, String confirmedBy,
            String source, String at) {
    }

    private final OpenSearchClient client;
    /** A party's code for a title, and when it said so. */
    private record Held(String code, Instant at) {
    }

    /** title -> party -> its code */
    private final Map<String, Map<String, Held>> byTitle = new ConcurrentHashMap<>();
    private volatile Instant newest = Instant.EPOCH;

    public TitleConfirmations(OpenSearchClient client) {
        this.client = client;
    }

    /**
     * Keeps the party's code for the title (its earlier word for the same title replaced); searchable at once.
     * {@code written}: the title as written, kept for officers to read; null for a worker's own words (a labour
     * file's wish), which stay in worker-registry.
     */
    public void confirm(String titleKey, String written, String code, PartyKind kind, String party, String confirmedBy,
            Source source, Instant at) throws IOException {
        Stored doc = new Stored(id(titleKey, kind + ":" + party), titleKey, written, code, kind + ":" + party, kind.name(), confirmedBy, source.name(), at.toString());
        client.index(i -> i.index(SearchIndexes.CONFIRMATIONS).id(doc.id()).document(doc)
                .refresh(Refresh.WaitFor));
        hold(doc);
    }

    /** Reads every confirmation before the instance serves, then what is new every so often. */
    void start(@Observes StartupEvent started, Vertx vertx,
            @ConfigProperty(name = "laborlink.occupations.confirmations-read-every", defaultValue = "2s") Duration every)
            throws IOException {
        PeriodicReads.eachWrittenSince(client, SearchIndexes.CONFIRMATIONS, "at", "id", Instant.EPOCH, List.of(),
                Stored.class, hit -> hold(hit.source()));
        PeriodicReads.every(vertx, every, this::readNew);
    }

    /**
     * Reads the confirmations written since the newest one read, less a minute (another instance's clock), and never
     * from later than this instance's now less a minute: one instance whose clock runs ahead hides nobody's writes.
     */
    void readNew() {
        Instant now = Instant.now();
        Instant from = (newest.isAfter(now) ? now : newest).minus(OVERLAP);
        try {
            PeriodicReads.eachWrittenSince(client, SearchIndexes.CONFIRMATIONS, "at", "id", from, List.of(),
                    Stored.class, hit -> hold(hit.source()));
        } catch (IOException | RuntimeException e) {
            LOG.debugf("title confirmations written lately not read: %s", e.toString());
        }
    }

    private void hold(Stored doc) {
        Instant at = Instant.parse(doc.at());
        if (at.isAfter(newest)) {
            newest = at;
        }
        byTitle.computeIfAbsent(doc.title(), t -> new ConcurrentHashMap<>()).merge(doc.party(), new Held(doc.code(), at),
                (held, read) -> read.at().isBefore(held.at()) ? held : read); // a read begun earlier keeps no older word
    }

    /** The codes confirmed for the title, most parties first. */
    public List<Confirmed> of(String titleKey) {
        Map<String, Held> parties = byTitle.get(titleKey);
        if (parties == null) {
            return List.of();
        }
        Map<String, int[]> byCode = new HashMap<>();
        parties.forEach((party, held) -> byCode.computeIfAbsent(held.code(), c -> new int[2])[party.startsWith("OFFICE:") ? 0 : 1]++);
        return byCode.entrySet().stream()
                .map(e -> new Confirmed(e.getKey(), e.getValue()[0] + e.getValue()[1], e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(Confirmed::parties).reversed().thenComparing(Confirmed::code)).toList();
    }

    private static String id(String titleKey, String party) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((titleKey + "\n" + party).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
