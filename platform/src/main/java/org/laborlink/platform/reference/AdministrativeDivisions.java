package org.laborlink.platform.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * China's administrative divisions (province, prefecture, county) from {@code cncity.csv} in the configured
 * reference-data folder. Loaded once at start, so a wrong path fails the start, not a request.
 */
@ApplicationScoped
@Startup
public class AdministrativeDivisions {

    /** One division: its code, Chinese name, parent's code and depth (1 province, 2 prefecture, 3 county). */
    public record Division(String code, String name, String parentCode, int depth, String pinyin) {
    }

    private final Map<String, Division> byCode;
    private final Set<String> placeNames;

    public AdministrativeDivisions(@ConfigProperty(name = "laborlink.reference-data.dir") Path dataDir) {
        List<Map<String, String>> rows = ReferenceCsv.read(dataDir.resolve("cncity.csv"));
        this.byCode = rows.stream()
                .map(r -> new Division(r.get("id"), r.get("name"), r.get("parent_id"), Integer.parseInt(r.get("deep")),
                        r.get("pinyin")))
                .collect(Collectors.toUnmodifiableMap(Division::code, d -> d, (a, b) -> a));
        this.placeNames = rows.stream().flatMap(r -> Stream.of(r.get("name"), r.get("short_name")))
                .filter(n -> n != null && n.strip().length() >= 2).map(String::strip).collect(Collectors.toUnmodifiableSet());
    }

    /** Every division's name and short name of two characters or more (杭州市, 杭州, 凯里市, 凯里...), as people write places. */
    public Set<String> placeNames() {
        return placeNames;
    }

    public Optional<Division> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The division's Chinese name, or null for a code the platform does not know. */
    public String nameOf(String code) {
        return find(code).map(Division::name).orElse(null);
    }

    /**
     * Whether the code names a county-level division: depth 3, or a district of a municipality directly under the
     * central government (Beijing's 110101 sits at depth 2, under no prefecture of its own).
     */
    public boolean isCounty(String code) {
        return find(code).map(d -> d.depth() == 3 || (d.depth() == 2 && !d.code().endsWith("00"))).orElse(false);
    }

    /** The codes of every county-level division, in code order. */
    public List<String> counties() {
        return byCode.keySet().stream().filter(this::isCounty).sorted().toList();
    }

    public boolean isProvince(String code) {
        return find(code).map(d -> d.depth() == 1).orElse(false);
    }

    public int size() {
        return byCode.size();
    }
}
