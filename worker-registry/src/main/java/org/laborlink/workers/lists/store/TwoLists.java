package org.laborlink.workers.lists.store;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.workers.labourfile.domain.LabourFile;

import io.smallrye.mutiny.Uni;

/**
 * The "two lists" a labour office keeps for its region: workers in work, and workers willing to go out to work
 * (unemployed or working locally, and willing to migrate), with counts by status and by destination province.
 */
@ApplicationScoped
public class TwoLists {

    /** Which of the two lists. */
    public enum Kind {
        EMPLOYED("employed",
                "employment_status in ('EMPLOYED_LOCAL', 'EMPLOYED_MIGRANT', 'SELF_EMPLOYED', 'PUBLIC_WELFARE_POST')"),
        WILLING_TO_GO_OUT("willing-to-go-out", "employment_status in ('UNEMPLOYED', 'EMPLOYED_LOCAL') "
                + "and jsonb_array_length(skills_and_wishes -> 'willingToMigrateTo') > 0"),
        /** Every labour file of the region, on a list or not: where an officer looks a file up by name. */
        ALL("all", "true");

        /** The list's name in the API path. */
        public final String path;
        final String condition;

        Kind(String path, String condition) {
            this.path = path;
            this.condition = condition;
        }

        public static Kind named(String path) {
            for (Kind kind : values()) {
                if (kind.path.equals(path)) {
                    return kind;
                }
            }
            throw ProblemException.notFound("list", path);
        }
    }

    /** A page of a list with the counts of the whole list. */
    public record Page(long total, Map<String, Long> byStatus, Map<String, Long> byDestination, List<LabourFile> items) {
    }

    /** A page of the list (of the files whose name holds {@code name}, when given), with the counts of the whole list. */
    public Uni<Page> page(Mutiny.Session session, Kind kind, RegionCode region, UUID after, int limit, String name) {
        String where = " from labour_file where household_region like :prefix and " + kind.condition;
        String prefix = region.prefix() + "%";
        Uni<List<Object[]>> statuses = session.createNativeQuery(
                "select employment_status, count(*)" + where + " group by employment_status order by 1", Object[].class)
                .setParameter("prefix", prefix).getResultList();
        Uni<List<Object[]>> destinations = session.createNativeQuery(
                "select d, count(*) from labour_file, jsonb_array_elements_text(skills_and_wishes -> 'willingToMigrateTo') d"
                        + " where household_region like :prefix and " + kind.condition + " group by d order by 1",
                Object[].class)
                .setParameter("prefix", prefix).getResultList();
        Uni<List<LabourFile>> items = items(session, kind, region, after, limit, name);
        return statuses.chain(s -> destinations.chain(d -> items.map(i -> {
            Map<String, Long> byStatus = counts(s);
            return new Page(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus, counts(d), i);
        })));
    }

    /** The files of one page of the list, without its counts (what a CSV download reads page by page). */
    public Uni<List<LabourFile>> items(Mutiny.Session session, Kind kind, RegionCode region, UUID after, int limit,
            String name) {
        String named = name == null ? "" : " and strpos(name, :name) > 0";
        var query = session.createNativeQuery("select * from labour_file where household_region like :prefix and "
                + kind.condition + named + " and id > :after order by id limit :limit", LabourFile.class)
                .setParameter("prefix", region.prefix() + "%").setParameter("after", after).setParameter("limit", limit);
        if (name != null) {
            query.setParameter("name", name);
        }
        return query.getResultList();
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Object n = row[1];
            out.put(String.valueOf(row[0]), n instanceof BigInteger b ? b.longValue() : ((Number) n).longValue());
        }
        return out;
    }
}
