package org.laborlink.matching.occupations.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.laborlink.platform.reference.OccupationClassification.Occupation;
import org.laborlink.platform.reference.OccupationClassification;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.endpoints.BooleanResponse;

import io.quarkus.runtime.StartupEvent;

/**
 * The CSCO 2022 classification as an index of its own, for title normalisation: each detailed occupation with its
 * name and the job titles recruiters use for it (the classification's aliases), analysed for Chinese (CJK bigrams).
 * One alias in five (chosen by its hash, so always the same ones) is kept apart as {@code heldOutAliases}: searched
 * in service, left out when accuracy is measured, so the measurement asks titles the ranking has not seen.
 * Built at start from the reference data when missing or different.
 */
@ApplicationScoped
public class OccupationIndex {

    private static final Logger LOG = Logger.getLogger(OccupationIndex.class);
    public static final String INDEX = "occupations-v1";

    /** A title kept apart for measurement, and the occupation it names. */
    public record HeldOut(String title, String code) {
    }

    private final OpenSearchClient client;
    private final OccupationClassification classification;

    public OccupationIndex(OpenSearchClient client, OccupationClassification classification) {
        this.client = client;
        this.classification = classification;
    }

    void build(@Observes StartupEvent started) throws IOException {
        List<Occupation> occupations = classification.detailedOccupations();
        BooleanResponse exists = client.indices().exists(e -> e.index(INDEX));
        if (exists.value() && client.count(c -> c.index(INDEX)).count() == occupations.size()) {
            return;
        }
        if (exists.value()) {
            client.indices().delete(d -> d.index(INDEX));
        }
        String body;
        try (InputStream mapping = getClass().getClassLoader().getResourceAsStream("opensearch/" + INDEX + ".json")) {
            body = new String(mapping.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Response response = client.generic().execute(Requests.builder().endpoint("/" + INDEX).method("PUT").json(body)
                .build())) {
            if (response.getStatus() != 200) {
                throw new IOException("creating " + INDEX + " failed: " + response.getStatus() + " "
                        + response.getBody().map(Body::bodyAsString).orElse(""));
            }
        }
        List<BulkOperation> operations = new ArrayList<>();
        for (Occupation o : occupations) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("code", o.code());
            doc.put("name", o.name());
            doc.put("aliases", aliases(o).stream().filter(a -> !heldOut(a)).toList());
            doc.put("heldOutAliases", aliases(o).stream().filter(OccupationIndex::heldOut).toList());
            doc.put("category", o.category());
            operations.add(BulkOperation.of(b -> b.index(i -> i.id(o.code()).document(doc))));
        }
        var result = client.bulk(b -> b.index(INDEX).operations(operations).refresh(
                org.opensearch.client.opensearch._types.Refresh.True));
        if (result.errors()) {
            throw new IOException("indexing the classification failed: " + result.items().get(0).error());
        }
        LOG.infof("indexed %d occupations into %s", occupations.size(), INDEX);
    }

    /** The titles kept apart for measuring normalisation, with the occupation each names. */
    public List<HeldOut> heldOut() {
        List<HeldOut> titles = new ArrayList<>();
        for (Occupation o : classification.detailedOccupations()) {
            aliases(o).stream().filter(OccupationIndex::heldOut).forEach(a -> titles.add(new HeldOut(a, o.code())));
        }
        return titles;
    }

    /** The recruiters' titles of an occupation: its aliases other than its own name. */
    static List<String> aliases(Occupation o) {
        if (o.aliases() == null || o.aliases().isBlank()) {
            return List.of();
        }
        return Arrays.stream(o.aliases().split("[,，]")).map(String::strip).filter(a -> !a.isEmpty())
                .filter(a -> !a.equals(o.name())).distinct().toList();
    }

    static boolean heldOut(String alias) {
        return Math.floorMod(alias.hashCode(), 5) == 0;
    }

    /** An occupation a title may name: its code and name, search score, and the score's share of the best few. */
    public record Match(String code, String name, double score, double confidence) {
    }

    /** The occupations a title names, best first, with their share of the total score as confidence. */
    public List<Match> matches(String title, int limit, boolean withHeldOut) throws IOException {
        List<String> fields = new ArrayList<>(List.of("name.exact^10", "name^3", "aliases^2"));
        if (withHeldOut) {
            fields.add("heldOutAliases^2");
        }
        var response = client.search(s -> s.index(OccupationIndex.INDEX).size(limit)
                .query(q -> q.multiMatch(m -> m.query(title).fields(fields))), Object.class);
        List<Hit<Object>> hits = response.hits().hits();
        double total = hits.stream().mapToDouble(h -> h.score() == null ? 0 : h.score()).sum();
        List<Match> matches = new ArrayList<>();
        for (Hit<Object> h : hits) {
            double score = h.score() == null ? 0 : h.score();
            matches.add(new Match(h.id(), classification.find(h.id()).map(o -> o.name()).orElse(null),
                    Math.round(score * 1000) / 1000.0, total == 0 ? 0 : Math.round(score / total * 1000) / 1000.0));
        }
        return matches;
    }
}
