package org.laborlink.matching.occupations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laborlink.matching.occupations.domain.OccupationText;
import org.laborlink.matching.occupations.domain.RecruiterTitle;
import org.laborlink.matching.occupations.store.OccupationIndex;
import org.laborlink.matching.occupations.store.OccupationIndex.LexicalMatch;
import org.laborlink.matching.occupations.store.TitleConfirmations;
import org.laborlink.matching.occupations.store.TitleConfirmations.Confirmed;
import org.laborlink.matching.occupations.store.TitleEmbeddings;
import org.laborlink.matching.occupations.store.TitleEmbeddings.Near;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.OccupationClassification;

/**
 * A recruiter's title to CSCO 2022 codes. The title is cleaned of recruiting noise ({@link RecruiterTitle}); the
 * occupations it names are found two ways, by the words it shares with names and aliases (the lexical index:
 * {@link OccupationIndex}) and by meaning (sentence embeddings: {@link TitleEmbeddings}); each candidate scores
 * {@code meaning-weight x cosine + words-weight x its share of the best lexical score}, plus a bonus when the title is
 * a name or alias exactly. A code that employers and offices confirmed for the title goes first once enough distinct
 * parties agree ({@code laborlink.occupations.confirmations-needed}, 2), a labour office among them, and more of them
 * chose it than any other code, even a code neither half found. A title whose nearest text is further than {@code laborlink.occupations.least-similarity} and whose words
 * find nothing matches nothing: an empty list, not a guess.
 */
@ApplicationScoped
public class TitleNormaliser {

    /** Why a code was suggested: the title is its name or alias, shares words with it, means the same as one of its
     * titles, or was confirmed for it. */
    public record Reason(String kind, String text, String textZh) {
    }

    /** A suggested code, its name, its score, how sure (the score within 0..1) and why. */
    public record Suggestion(String code, String name, double score, double confidence, List<Reason> reasons) {
    }

    private static final int CANDIDATES = 30;

    private final OccupationIndex words;
    private final TitleEmbeddings meaning;
    private final TitleConfirmations confirmations;
    private final OccupationClassification classification;
    private final Set<String> places;
    /** The recruiting-noise words that are in no occupation's title (招聘 is: 招聘专员). */
    private final List<String> offerWords;
    private final double meaningWeight;
    private final double exactBonus;
    private final double leastSimilarity;
    private final int confirmationsNeeded;

    public TitleNormaliser(OccupationIndex words, TitleEmbeddings meaning, TitleConfirmations confirmations,
            OccupationClassification classification, AdministrativeDivisions divisions,
            @ConfigProperty(name = "laborlink.occupations.meaning-weight", defaultValue = "0.9") double meaningWeight,
            @ConfigProperty(name = "laborlink.occupations.exact-bonus", defaultValue = "0.1") double exactBonus,
            @ConfigProperty(name = "laborlink.occupations.least-similarity", defaultValue = "0.65") double leastSimilarity,
            @ConfigProperty(name = "laborlink.occupations.confirmations-needed", defaultValue = "2") int confirmationsNeeded) {
        this.words = words;
        this.meaning = meaning;
        this.confirmations = confirmations;
        this.classification = classification;
        this.meaningWeight = meaningWeight;
        this.exactBonus = exactBonus;
        this.leastSimilarity = leastSimilarity;
        this.confirmationsNeeded = confirmationsNeeded;
        this.places = placesNotInTitles(divisions.placeNames(), words.texts());
        this.offerWords = RecruiterTitle.OFFER_WORDS.stream()
                .filter(w -> words.texts().stream().noneMatch(t -> t.text().contains(w))).toList();
    }

    /** Place names that begin or end no occupation's title (石棉, 港口 and 康乐 are places and words of titles). */
    static Set<String> placesNotInTitles(Set<String> places, List<OccupationText> texts) {
        Set<String> inTitles = new LinkedHashSet<>();
        for (OccupationText t : texts) {
            for (int n = 2; n <= Math.min(8, t.text().length()); n++) {
                inTitles.add(t.text().substring(0, n));
                inTitles.add(t.text().substring(t.text().length() - n));
            }
        }
        return places.stream().filter(p -> !inTitles.contains(p)).collect(Collectors.toUnmodifiableSet());
    }

    public RecruiterTitle clean(String written) {
        return RecruiterTitle.of(written, places, offerWords);
    }

    /**
     * The codes the title names, best first. {@code inService}: with the held-out aliases and the confirmations;
     * without them when accuracy is measured.
     */
    public List<Suggestion> suggest(String written, int limit, boolean inService) throws IOException {
        return suggest(clean(written), limit, inService);
    }

    /** The same for a title already cleaned ({@link #clean}). */
    public List<Suggestion> suggest(RecruiterTitle title, int limit, boolean inService) throws IOException {
        if (title.isEmpty()) {
            return List.of();
        }
        List<LexicalMatch> lexical = words.matches(title.occupationWords(), CANDIDATES, inService);
        List<Near> near = meaning.nearest(title.occupationWords(), CANDIDATES, inService);
        List<Confirmed> confirmed = inService ? confirmations.of(title.key()) : List.of();
        String winner = winner(confirmed);
        if (winner == null && lexical.isEmpty() && (near.isEmpty() || near.get(0).similarity() < leastSimilarity)) {
            return List.of();
        }
        double bestWords = lexical.stream().mapToDouble(LexicalMatch::score).max().orElse(1);
        Map<String, LexicalMatch> byWords = lexical.stream().collect(Collectors.toMap(LexicalMatch::code, m -> m, (a, b) -> a));
        Map<String, Near> byMeaning = near.stream().collect(Collectors.toMap(Near::code, n -> n, (a, b) -> a));
        double floor = near.isEmpty() ? 0 : near.get(near.size() - 1).similarity();
        Map<String, Double> scores = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>(byMeaning.keySet());
        codes.addAll(byWords.keySet());
        // a confirmed code is a candidate even when neither half found it: a correction is what confirming is for
        confirmed.forEach(c -> codes.add(c.code()));
        for (String code : codes) {
            LexicalMatch w = byWords.get(code);
            Near m = byMeaning.get(code);
            double score = meaningWeight * (m == null ? floor : m.similarity())
                    + (1 - meaningWeight) * (w == null ? 0 : w.score() / bestWords)
                    + (w != null && w.exact() ? exactBonus : 0);
            scores.put(code, score);
        }
        List<String> ranked = new ArrayList<>(codes);
        ranked.sort(Comparator.comparing((String c) -> !c.equals(winner)).thenComparing(c -> -scores.get(c)));
        List<Suggestion> suggestions = new ArrayList<>();
        for (String code : ranked.subList(0, Math.min(limit, ranked.size()))) {
            List<Reason> reasons = new ArrayList<>();
            Confirmed c = confirmed.stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
            if (c != null) {
                reasons.add(new Reason("confirmed", confirmedText(c, false), confirmedText(c, true)));
            }
            LexicalMatch w = byWords.get(code);
            Near m = byMeaning.get(code);
            if (w != null && w.exact()) {
                reasons.add(new Reason("alias", "the title is one of its names or aliases: " + title.key(),
                        "名称或别名相同：" + title.key()));
            } else if (w != null) {
                reasons.add(new Reason("words", "shares words with its names and aliases", "与其名称或别名有相同字词"));
            }
            if (m != null && !(w != null && w.exact())) {
                reasons.add(new Reason("similar", "a similar title: " + m.text() + " (similarity " + round(m.similarity()) + ")",
                        "相近的职位名称：" + m.text()));
            }
            double confidence = Math.min(1, Math.max(0, scores.get(code)));
            if (code.equals(winner)) {
                confidence = Math.max(confidence, 0.95);
            }
            suggestions.add(new Suggestion(code, classification.find(code).map(o -> o.name()).orElse(null),
                    round(scores.get(code)), round(confidence),
                    List.copyOf(reasons)));
        }
        return suggestions;
    }

    /**
     * The code enough distinct parties confirmed, a labour office among them, and more parties than any other code;
     * null when none is. Employers alone never decide a title for everyone: any account may register an employer.
     */
    private String winner(List<Confirmed> confirmed) {
        if (confirmed.isEmpty() || confirmed.get(0).parties() < confirmationsNeeded || confirmed.get(0).offices() == 0) {
            return null;
        }
        if (confirmed.size() > 1 && confirmed.get(1).parties() >= confirmed.get(0).parties()) {
            return null;
        }
        return confirmed.get(0).code();
    }

    private static String confirmedText(Confirmed c, boolean chinese) {
        if (chinese) {
            return "已由" + c.offices() + "个劳动保障部门和" + c.employers() + "家用人单位确认";
        }
        return "confirmed by " + c.offices() + (c.offices() == 1 ? " office" : " offices") + " and " + c.employers()
                + (c.employers() == 1 ? " employer" : " employers");
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
