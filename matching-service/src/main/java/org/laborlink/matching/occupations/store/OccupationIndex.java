package org.laborlink.matching.occupations.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.laborlink.matching.occupations.domain.AliasVariants;
import org.laborlink.matching.occupations.domain.OccupationText;
import org.laborlink.platform.reference.OccupationClassification.Occupation;
import org.laborlink.platform.reference.OccupationClassification;

/**
 * The CSCO 2022 classification as a lexical index of its own, the words half of title normalisation: each detailed
 * occupation with its name and the job titles recruiters use for it (the classification's aliases, each '/'-joined
 * alias as the titles it stands for: {@link AliasVariants}), analysed for Chinese (CJK bigrams) and scored by BM25,
 * with exact fields beside. It is small (1,600 occupations) and read-only, so it lives in memory (Lucene), built at
 * start from the reference data: a search costs a tenth of a millisecond, where the round trip to OpenSearch cost
 * 4-6 ms of the 10 ms a title may take. One alias in five (chosen by its hash, so always the same ones) is kept apart
 * as {@code heldOutAliases}: searched in service, left out when accuracy is measured, so the measurement asks titles
 * the ranking has not seen.
 */
@ApplicationScoped
public class OccupationIndex {

    /** A title kept apart for measurement, and the occupation it names. */
    public record HeldOut(String title, String code) {
    }

    /** An occupation a title's words find, with the BM25 score, and whether the title is one of its texts exactly. */
    public record LexicalMatch(String code, double score, boolean exact) {
    }

    private static final float EXACT = 1000f;

    private final List<OccupationText> texts;
    private final Analyzer analyzer = new CJKAnalyzer();
    private final IndexSearcher searcher;

    public OccupationIndex(OccupationClassification classification) {
        this.texts = texts(classification);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            Map<String, List<OccupationText>> byCode = texts.stream()
                    .collect(Collectors.groupingBy(OccupationText::code, LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<String, List<OccupationText>> occupation : byCode.entrySet()) {
                Document doc = new Document();
                doc.add(new StringField("code", occupation.getKey(), Field.Store.YES));
                for (OccupationText t : occupation.getValue()) {
                    String field = t.isName() ? "name" : t.heldOut() ? "heldOutAliases" : "aliases";
                    doc.add(new TextField(field, t.text(), Field.Store.NO));
                    doc.add(new StringField(field + ".exact", t.text(), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("indexing the classification in memory failed", e);
        }
    }

    /** Every name and alias variant of the classification's detailed occupations, names first. */
    public List<OccupationText> texts() {
        return texts;
    }

    static List<OccupationText> texts(OccupationClassification classification) {
        List<OccupationText> texts = new ArrayList<>();
        for (Occupation o : classification.detailedOccupations()) {
            texts.add(new OccupationText(o.code(), o.name(), true, false));
            Set<String> seen = new HashSet<>(Set.of(o.name()));
            for (String alias : aliases(o)) {
                for (String variant : AliasVariants.of(alias)) {
                    if (seen.add(variant)) {
                        texts.add(new OccupationText(o.code(), variant, false, heldOut(alias)));
                    }
                }
            }
        }
        return List.copyOf(texts);
    }

    /** The titles kept apart for measuring normalisation, with the occupation each names. */
    public List<HeldOut> heldOut() {
        return texts.stream().filter(OccupationText::heldOut).map(t -> new HeldOut(t.text(), t.code())).toList();
    }

    /** The recruiters' titles of an occupation as the classification writes them: its aliases other than its name. */
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

    /**
     * The occupations a title's words find, best first: the whole title as a name or alias (exact), then the bigrams
     * it shares with names (weighed 3) or aliases (2), the best field counting, as OpenSearch's multi_match does.
     */
    public List<LexicalMatch> matches(String title, int limit, boolean withHeldOut) {
        String whole = title.replace(" ", "");
        List<String> fields = withHeldOut ? List.of("name", "aliases", "heldOutAliases") : List.of("name", "aliases");
        List<String> terms = terms(title);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<Query> byField = new ArrayList<>();
        for (String field : fields) {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            terms.forEach(t -> words.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
            byField.add(new BoostQuery(words.build(), field.equals("name") ? 3 : 2));
            query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field + ".exact", whole))), EXACT),
                    BooleanClause.Occur.SHOULD);
        }
        query.add(new DisjunctionMaxQuery(byField, 0), BooleanClause.Occur.SHOULD);
        try {
            List<LexicalMatch> matches = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                String code = searcher.storedFields().document(hit.doc).get("code");
                matches.add(new LexicalMatch(code, hit.score >= EXACT ? hit.score - EXACT : hit.score, hit.score >= EXACT));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
