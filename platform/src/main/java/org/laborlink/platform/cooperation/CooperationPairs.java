package org.laborlink.platform.cooperation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.reference.RegionCode;

/**
 * East-west labour cooperation: which regions help which ("counterpart assistance", 对口帮扶), as the State Council
 * pairs them, e.g. Hangzhou (330100) with Qiandongnan (522600) and Enshi (422800). Policy data, not code:
 * {@code laborlink.cooperation.pairs} lists {@code helping>helped} pairs ({@code LABORLINK_COOPERATION_PAIRS}); the
 * platform's own default is in META-INF/microprofile-config.properties. A pair holds for the regions inside either
 * side too: a district of Hangzhou helps Qiandongnan's counties.
 */
@ApplicationScoped
public class CooperationPairs {

    /** One pair: the helping (eastern, destination) region and the helped (western, origin) one. */
    public record Pair(RegionCode helping, RegionCode helped) {
    }

    private final List<Pair> pairs;

    public CooperationPairs(@ConfigProperty(name = "laborlink.cooperation.pairs") List<String> pairs) {
        this.pairs = pairs.stream().map(String::strip).filter(p -> !p.isEmpty()).map(CooperationPairs::pair).toList();
    }

    static Pair pair(String written) {
        String[] sides = written.split(">");
        if (sides.length != 2 || !RegionCode.isWellFormed(sides[0].strip()) || !RegionCode.isWellFormed(sides[1].strip())) {
            throw new IllegalArgumentException("laborlink.cooperation.pairs: '" + written
                    + "' is not helping>helped, two 6-digit division codes");
        }
        return new Pair(new RegionCode(sides[0].strip()), new RegionCode(sides[1].strip()));
    }

    /**
     * The regions {@code region} is paired with, either way round: for Hangzhou (or a district of it) the regions it
     * helps, for Qiandongnan (or a county of it) the regions helping it. In the order configured, each once.
     */
    public List<String> partnersOf(String region) {
        Set<String> partners = new LinkedHashSet<>();
        for (Pair p : pairs) {
            if (related(p.helping(), region)) {
                partners.add(p.helped().value());
            }
            if (related(p.helped(), region)) {
                partners.add(p.helping().value());
            }
        }
        return List.copyOf(partners);
    }

    /** The regions {@code region} (or a region containing it, or inside it) helps, in the order configured. */
    public List<String> helpedBy(String region) {
        return pairs.stream().filter(p -> related(p.helping(), region)).map(p -> p.helped().value()).distinct().toList();
    }

    /** Whether {@code region} lies inside a region paired with the one the officer or admin calling works for. */
    public boolean isPartnerOfCaller(Caller caller, String region) {
        return caller.region().filter(own -> caller.governs(own.value()))
                .map(own -> partnersOf(own.value()).stream().anyMatch(p -> new RegionCode(p).contains(region)))
                .orElse(false);
    }

    /**
     * Whether the caller is the partner client of {@code region}'s province or of a province holding a region paired
     * with it: Guizhou's partner reads Hangzhou's figures of Guizhou's workers, Sichuan's does not.
     */
    public boolean isPartnerProvinceOf(Caller caller, String region) {
        if (!caller.is(org.laborlink.platform.caller.Role.PARTNER) || caller.province().isEmpty()) {
            return false;
        }
        RegionCode province = caller.province().get();
        return province.contains(region) || partnersOf(region).stream().anyMatch(province::contains);
    }

    /**
     * Whose workers the caller may count in a region's figures, as a household prefix: "" (everyone's) for the
     * region's officers and admins, its own province's for a partner of the region's or a paired province; empty for
     * anyone else (who is answered 404).
     */
    public java.util.Optional<String> whoseWorkers(Caller caller, String region) {
        if (caller.governs(region)) {
            return java.util.Optional.of("");
        }
        return isPartnerProvinceOf(caller, region) ? caller.province().map(RegionCode::prefix) : java.util.Optional.empty();
    }

    private static boolean related(RegionCode side, String region) {
        return side.contains(region) || (RegionCode.isWellFormed(region) && new RegionCode(region).contains(side.value()));
    }
}
