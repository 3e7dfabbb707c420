package org.laborlink.platform.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * The Chinese Standard Classification of Occupations 2022 (CSCO) from {@code csco22.csv}: category (level 1) to
 * detailed occupation (level 4, codes like 4-10-01-05). Postings and labour files name occupations by these codes.
 */
@ApplicationScoped
@Startup
public class OccupationClassification {

    /** One entry of the classification. */
    public record Occupation(String code, int level, String name, String aliases) {

        /** "4-10-01-05" -> "4-10" (the middle group). */
        public String group() {
            return code.substring(0, 4);
        }

        /** "4-10-01-05" -> "4" (the major category). */
        public String category() {
            return code.substring(0, 1);
        }
    }

    /** The shape of a CSCO 2022 code, for Bean Validation of requests. */
    public static final String CODE_PATTERN = "[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}";
    public static final String CODE_MESSAGE = "must be a CSCO 2022 occupation code like 4-10-01-05";

    private final Map<String, Occupation> byCode;

    public OccupationClassification(@ConfigProperty(name = "laborlink.reference-data.dir") Path dataDir) {
        this.byCode = ReferenceCsv.read(dataDir.resolve("csco22.csv")).stream()
                .map(r -> new Occupation(r.get("code"), Integer.parseInt(r.get("level")), r.get("name"), r.get("alias")))
                .collect(Collectors.toUnmodifiableMap(Occupation::code, o -> o, (a, b) -> a));
    }

    public Optional<Occupation> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Whether the code names a detailed (level 4) occupation, the level postings and desired occupations use. */
    public boolean isDetailedOccupation(String code) {
        return find(code).map(o -> o.level() == 4).orElse(false);
    }

    /** Every detailed (level 4) occupation, by code. */
    public List<Occupation> detailedOccupations() {
        return byCode.values().stream().filter(o -> o.level() == 4).sorted(java.util.Comparator.comparing(Occupation::code))
                .toList();
    }

    public int size() {
        return byCode.size();
    }
}
