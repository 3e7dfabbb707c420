package org.laborlink.matching.occupations.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.lucene.util.VectorUtil;
import org.jboss.logging.Logger;
import org.laborlink.matching.occupations.domain.OccupationText;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.quarkus.runtime.StartupEvent;

/**
 * The meaning half of title normalisation: every name and alias variant of the classification as a sentence embedding
 * (BAAI's BGE-small-zh v1.5, quantised, run in process by ONNX Runtime from its Maven Central jar: no network, no
 * model server: {@link TitleEmbeddingModel}), held in memory, and the nearest of them to a title by cosine. Built at
 * start (3,558 texts, about 5 s on two cores); a title's own embedding takes about 2 ms and is kept for the titles
 * asked most. Comparing a title with all 3,558 texts takes Lucene's {@link VectorUtil} 0.35 ms with the JDK's vector
 * module ({@code --add-modules jdk.incubator.vector}, set by deploy/local) and 0.9 ms without it; an
 * HNSW graph was slower at this size (2 ms to read 150 neighbours).
 */
@ApplicationScoped
public class TitleEmbeddings {

    private static final Logger LOG = Logger.getLogger(TitleEmbeddings.class);

    /** An occupation near a title in meaning: its best cosine (and a little of its second best) and the text that gave it. */
    public record Near(String code, double similarity, String text) {
    }

    /**
     * How much an occupation's second-nearest text adds beyond a cosine of 0.5: one near by two of its titles beats
     * one near by a single title (held-out aliases 50.1 -> 52.2 % top-1; the own set unchanged within 0.2).
     */
    private static final double SECOND_TEXT = 0.3;

    private final OccupationIndex index;
    private final Cache<String, float[]> asked = Caffeine.newBuilder().maximumSize(20_000).build();
    private EmbeddingModel model;
    private List<OccupationText> texts;
    private float[][] vectors;
    /** The occupation (its number in {@code codes}) of each text. */
    private int[] occupationOf;
    private List<String> codes;

    public TitleEmbeddings(OccupationIndex index) {
        this.index = index;
    }

    void build(@Observes StartupEvent started) {
        long began = System.nanoTime();
        model = new TitleEmbeddingModel();
        texts = index.texts();
        List<float[]> embedded = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += 256) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + 256)).stream()
                    .map(t -> TextSegment.from(t.text())).toList();
            model.embedAll(batch).content().forEach(e -> embedded.add(e.vector()));
        }
        vectors = embedded.stream().map(TitleEmbeddings::normalised).toArray(float[][]::new);
        Map<String, Integer> numbers = new HashMap<>();
        occupationOf = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            occupationOf[i] = numbers.computeIfAbsent(texts.get(i).code(), code -> numbers.size());
        }
        String[] byNumber = new String[numbers.size()];
        numbers.forEach((code, n) -> byNumber[n] = code);
        codes = List.of(byNumber);
        LOG.infof("embedded %d occupation texts in %d ms", texts.size(), (System.nanoTime() - began) / 1_000_000);
    }

    /** The occupations nearest the title in meaning, best first, each by its nearest text. */
    public List<Near> nearest(String title, int limit, boolean withHeldOut) {
        float[] q = asked.get(title, t -> normalised(model.embed(t).content().vector()));
        int occupations = codes.size();
        float[] best = new float[occupations];
        float[] second = new float[occupations];
        int[] bestText = new int[occupations];
        Arrays.fill(best, -2);
        Arrays.fill(second, -2);
        for (int i = 0; i < vectors.length; i++) {
            if (!withHeldOut && texts.get(i).heldOut()) {
                continue;
            }
            float cosine = VectorUtil.dotProduct(q, vectors[i]);
            int o = occupationOf[i];
            if (cosine > best[o]) {
                second[o] = best[o];
                best[o] = cosine;
                bestText[o] = i;
            } else if (cosine > second[o]) {
                second[o] = cosine;
            }
        }
        List<Near> near = new ArrayList<>(occupations);
        for (int o = 0; o < occupations; o++) {
            if (best[o] > -2) {
                near.add(new Near(codes.get(o), best[o] + SECOND_TEXT * Math.max(0, second[o] - 0.5), texts.get(bestText[o]).text()));
            }
        }
        near.sort(Comparator.comparingDouble(Near::similarity).reversed());
        return List.copyOf(near.subList(0, Math.min(limit, near.size())));
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }
}
