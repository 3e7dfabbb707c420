package org.laborlink.matching.index.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.laborlink.matching.index.Reindex;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.StartupEvent;

/**
 * The versioned indexes matching-service keeps. Each alias ({@code jobs}, {@code workers}) points at one index of a
 * mapping version, named {@code <alias>-v<version>-<creation millis>} (the first ones were plain {@code jobs-v1}),
 * made from the mapping file {@code opensearch/<alias>-v<version>.json}. A new mapping version, or an admin's
 * reindex, builds a new index from the topics and then moves the alias to it in one step ({@link Reindex}).
 */
@ApplicationScoped
public class SearchIndexes {

    private static final Logger LOG = Logger.getLogger(SearchIndexes.class);
    private static final Pattern VERSIONED = Pattern.compile("-v(\\d+)(?:-\\d+)?$");

    public static final String JOBS = "jobs";
    public static final String WORKERS = "workers";
    /** Applications as outcomes the ranking learns from (applications.v1). */
    public static final String PLACEMENTS = "placements";
    /** Hires that ended early (employment.v1): they take their hire's weight back. */
    public static final String PLACEMENT_ENDINGS = "placement-endings";
    /** The mapping version this code writes and reads, per alias: raise it with a new mapping file. */
    public static final Map<String, Integer> MAPPING_VERSIONS = Map.of(JOBS, 4, WORKERS, 1, PLACEMENTS, 1,
            PLACEMENT_ENDINGS, 1);
    /** Workers' ranked lists, made when asked for and shared by every instance: not built from a topic. */
    public static final String LISTS = "recommendation-lists-v3";
    /** Indexes an older version kept, deleted at start: lists of older mappings, the classification (now in memory). */
    private static final List<String> RETIRED = List.of("recommendation-lists-v1", "recommendation-lists-v2", "occupations-v1");
    /** What the instances agree on: who rebuilds the indexes, which posting was suggested. Not built from a topic. */
    public static final String COORDINATION = "matching-coordination-v1";
    /** The codes employers and offices confirmed for job titles (not built from a topic: written by the API). */
    public static final String CONFIRMATIONS = "occupation-confirmations-v1";

    private final OpenSearchClient client;
    private final ObjectMapper json;
    private final String refreshInterval;

    public SearchIndexes(OpenSearchClient client, ObjectMapper json,
            @ConfigProperty(name = "laborlink.opensearch.refresh-interval", defaultValue = "500ms") String refreshInterval) {
        this.client = client;
        this.json = json;
        this.refreshInterval = refreshInterval;
    }

    /**
     * Creates a missing alias with its first index, and the indexes not built from topics; runs before the consumers
     * and {@link Reindex} look at them. Several instances may start at once: one creates, the others find it made.
     */
    void create(@Observes @Priority(10) StartupEvent started) throws IOException {
        for (String index : List.of(LISTS, COORDINATION, CONFIRMATIONS)) {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                createIndex(index, mapping("opensearch/" + index + ".json"), true);
            }
        }
        for (String index : RETIRED) {
            delete(index);
        }
        for (String alias : MAPPING_VERSIONS.keySet()) {
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                String index = newIndexName(alias);
                try {
                    create(alias, index, true);
                    LOG.infof("created index %s behind alias %s", index, alias);
                } catch (IOException e) {
                    if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                        throw e;
                    }
                    delete(index); // another instance created the alias first
                }
            } else {
                // how soon a written document is searchable: bounds the post-to-recommendation latency
                client.indices().putSettings(s -> s.index(alias).settings(i -> i.refreshInterval(t -> t.time(refreshInterval))));
            }
        }
    }

    /** The indexes the alias points at now (one, except by hand). */
    public List<String> indexesBehind(String alias) throws IOException {
        return List.copyOf(client.indices().getAlias(a -> a.name(alias)).result().keySet());
    }

    /** Whether the alias points at an index of an older mapping version than this code's. */
    public boolean outdated(String alias) throws IOException {
        return indexesBehind(alias).stream().anyMatch(index -> mappingVersion(index) < MAPPING_VERSIONS.get(alias));
    }

    public static int mappingVersion(String index) {
        Matcher m = VERSIONED.matcher(index);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    public String newIndexName(String alias) {
        return alias + "-v" + MAPPING_VERSIONS.get(alias) + "-" + System.currentTimeMillis();
    }

    /**
     * Creates an index from the alias's current mapping; with {@code serving} it gets the alias at once (atomically)
     * and the serving refresh interval, otherwise no alias and no refresh until {@link #switchTo}, for bulk loading.
     */
    public void create(String alias, String index, boolean serving) throws IOException {
        ObjectNode body = mapping("opensearch/" + alias + "-v" + MAPPING_VERSIONS.get(alias) + ".json");
        ((ObjectNode) body.get("settings")).put("refresh_interval", serving ? refreshInterval : "-1");
        if (serving) {
            body.putObject("aliases").putObject(alias).put("is_write_index", true);
        }
        createIndex(index, body, false);
    }

    private ObjectNode mapping(String file) throws IOException {
        try (InputStream mapping = getClass().getClassLoader().getResourceAsStream(file)) {
            return (ObjectNode) json.readTree(mapping);
        }
    }

    /** Creates the index; {@code orFound}: one that another instance created meanwhile is as good. */
    private void createIndex(String index, ObjectNode body, boolean orFound) throws IOException {
        try (Response response = client.generic()
                .execute(Requests.builder().endpoint("/" + index).method("PUT").json(body.toString()).build())) {
            String answer = response.getBody().map(Body::bodyAsString).orElse("");
            if (orFound && response.getStatus() == 400 && answer.contains("resource_already_exists_exception")) {
                return;
            }
            if (response.getStatus() != 200) {
                throw new IOException("creating " + index + " failed: " + response.getStatus() + " " + answer);
            }
        }
    }

    /**
     * Makes a bulk-loaded index searchable and moves the alias to it in one step (readers see the old index or the
     * new one, never neither), then deletes the indexes it left.
     */
    public void switchTo(String alias, String index) throws IOException {
        client.indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(t -> t.time(refreshInterval))));
        client.indices().refresh(r -> r.index(index));
        List<String> old = indexesBehind(alias);
        client.indices().updateAliases(u -> {
            for (String o : old) {
                u.actions(a -> a.remove(r -> r.index(o).alias(alias)));
            }
            return u.actions(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true)));
        });
        LOG.infof("alias %s moved from %s to %s", alias, old, index);
        for (String o : old) {
            try {
                delete(o);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("index %s, no longer behind %s, was not deleted: %s", o, alias, e.toString());
            }
        }
    }

    /** Deletes the index; one already gone (another instance deleted it first) is as good. */
    public void delete(String index) throws IOException {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (OpenSearchException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    /** A document of an index (by alias) as it stands, or empty when the index holds none under that id. */
    public <T> Optional<T> document(String alias, String id, Class<T> type) throws IOException {
        var found = client.get(g -> g.index(alias).id(id), type);
        return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
    }
}
