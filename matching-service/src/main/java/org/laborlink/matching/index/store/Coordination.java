package org.laborlink.matching.index.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.OpType;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.GetResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the matching-service instances agree on, through OpenSearch (an engine every instance already talks to):
 * work that only one of them may do at a time (a lease, renewed while the work runs and taken over once its holder
 * has stopped renewing it) and things done once whichever instance gets there first (a claim). Each is a document of
 * {@link SearchIndexes#COORDINATION}, written with OpenSearch's own compare-and-set (create only, or if the sequence
 * number is still the one read).
 */
@ApplicationScoped
public class Coordination {

    /** This instance, as a lease names its holder. */
    private final String self = UUID.randomUUID().toString();
    private final OpenSearchClient client;
    private final ObjectMapper json;

    public Coordination(OpenSearchClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    /** A document of the coordination index: what it is, who wrote it, when, and its state. */
    public record Entry(String kind, String owner, Instant at, JsonNode state) {
    }

    /** A lease this instance holds: renew it with the sequence number it was written at. */
    public record Lease(String name, long seqNo, long primaryTerm) {
    }

    /** True for the first instance ever to claim {@code key}; false for every later claim, by any instance. */
    public boolean firstToClaim(String kind, String key) {
        try {
            client.index(i -> i.index(SearchIndexes.COORDINATION).id(kind + ":" + key).opType(OpType.Create)
                    .document(new Entry(kind, self, Instant.now(), null)));
            return true;
        } catch (OpenSearchException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not record the claim " + kind + ":" + key, e);
        }
    }

    /** Deletes the claims of a kind made before {@code before} (they serve no purpose any more). */
    public void forgetClaims(String kind, Instant before) throws IOException {
        client.deleteByQuery(d -> d.index(SearchIndexes.COORDINATION).conflicts(Conflicts.Proceed)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("kind").value(v -> v.stringValue(kind))))
                        .filter(f -> f.range(r -> r.field("at").lt(JsonData.of(before.toString())))))));
    }

    /**
     * Takes the lease {@code name} for this instance, with {@code state}, unless another instance holds it and renewed
     * it within {@code stale}, or holds it still running ({@code running} tells from its state).
     */
    public Optional<Lease> acquire(String name, Object state, Duration stale, Predicate<JsonNode> running) {
        try {
            GetResponse<Entry> held = client.get(g -> g.index(SearchIndexes.COORDINATION).id(name), Entry.class);
            Entry entry = new Entry("lease", self, Instant.now(), json.valueToTree(state));
            if (!held.found()) {
                var created = client.index(i -> i.index(SearchIndexes.COORDINATION).id(name).opType(OpType.Create)
                        .document(entry).refresh(Refresh.True));
                return Optional.of(new Lease(name, created.seqNo(), created.primaryTerm()));
            }
            Entry current = held.source();
            boolean live = current != null && current.at() != null && current.at().isAfter(Instant.now().minus(stale))
                    && running.test(current.state());
            if (live) {
                return Optional.empty();
            }
            var taken = client.index(i -> i.index(SearchIndexes.COORDINATION).id(name).ifSeqNo(held.seqNo())
                    .ifPrimaryTerm(held.primaryTerm()).document(entry).refresh(Refresh.True));
            return Optional.of(new Lease(name, taken.seqNo(), taken.primaryTerm()));
        } catch (OpenSearchException e) {
            if (e.status() == 409) {
                return Optional.empty(); // another instance took it between our read and our write
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not be asked for the lease " + name, e);
        }
    }

    /**
     * Renews the lease with the state of the work; empty when another instance has taken it over meanwhile (this
     * one should stop).
     */
    public Optional<Lease> renew(Lease lease, Object state) {
        try {
            var renewed = client.index(i -> i.index(SearchIndexes.COORDINATION).id(lease.name()).ifSeqNo(lease.seqNo())
                    .ifPrimaryTerm(lease.primaryTerm()).document(new Entry("lease", self, Instant.now(), json.valueToTree(state))));
            return Optional.of(new Lease(lease.name(), renewed.seqNo(), renewed.primaryTerm()));
        } catch (OpenSearchException e) {
            if (e.status() == 409) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not renew the lease " + lease.name(), e);
        }
    }

    /** The state last written with the lease {@code name}, by whichever instance. */
    public <T> Optional<T> state(String name, Class<T> type) {
        try {
            GetResponse<Entry> held = client.get(g -> g.index(SearchIndexes.COORDINATION).id(name), Entry.class);
            return held.found() && held.source() != null && held.source().state() != null
                    ? Optional.of(json.treeToValue(held.source().state(), type)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not be asked for " + name, e);
        }
    }
}
