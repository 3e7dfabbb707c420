package org.laborlink.workers.lists.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.laborlink.events.workers.EmploymentStatus;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.Cursors;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.lists.store.TwoLists;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The two lists of a county, prefecture or province, for its officers and admins and for the partner of its
 * province: as JSON pages (cursor {@code after}) with the counts of the whole list, or as one CSV for download. A
 * {@code name} finds the files on the list whose name holds it (the counts stay those of the whole list).
 */
@Path("/api/v1/regions/{code}/lists")
@RolesAllowed({"officer", "admin", "partner"})
public class TwoListsResource {

    private static final UUID FIRST = new UUID(0, 0);
    private static final int CSV_PAGE = 1000;
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,\"\r\n\u2028\u2029]");
    private static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\t\r]");

    /** One worker on a list; no ID or phone numbers. */
    public record Entry(UUID id, String name, String householdRegion, EmploymentStatus employmentStatus,
            String currentEmployer, LocalDate employedSince, List<String> willingToMigrateTo,
            List<String> desiredOccupations) {

        static Entry of(LabourFile f) {
            return new Entry(f.id, f.name, f.householdRegion, f.employmentStatus, f.currentEmployer, f.employedSince,
                    f.skillsAndWishes.willingToMigrateTo(), f.skillsAndWishes.desiredOccupations());
        }
    }

    /** A page of a list: the counts cover the whole list, the items this page. */
    public record ListPage(String region, String list, long total, Map<String, Long> countsByStatus,
            Map<String, Long> countsByDestination, List<Entry> items, String next) {
    }

    private final TwoLists lists;
    private final Caller caller;

    public TwoListsResource(TwoLists lists, Caller caller) {
        this.lists = lists;
        this.caller = caller;
    }

    @GET
    @Path("/{list}")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<ListPage> page(@PathParam("code") String code, @PathParam("list") String list,
            @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @QueryParam("name") @Size(min = 1, max = 100) String name) {
        return page(kind(list), code, after, limit, name == null || name.isBlank() ? null : name.strip());
    }

    @GET
    @Path("/{list}")
    @Produces("text/csv;qs=0.5") // JSON unless the client asks for CSV
    @WithSession
    public Uni<String> csv(@PathParam("code") String code, @PathParam("list") String list) {
        return csv(kind(list), code);
    }

    private Uni<ListPage> page(TwoLists.Kind kind, String code, String after, int limit, String name) {
        RegionCode region = region(code);
        return Panache.getSession().chain(s -> lists.page(s, kind, region, cursor(after), limit, name)).map(p -> {
            List<Entry> items = p.items().stream().map(Entry::of).toList();
            String next = items.size() == limit ? items.get(items.size() - 1).id().toString() : null;
            return new ListPage(code, kind.path, p.total(), p.byStatus(), p.byDestination(), items, next);
        });
    }

    /** The whole list as CSV, read page by page. */
    private Uni<String> csv(TwoLists.Kind kind, String code) {
        RegionCode region = region(code);
        StringBuilder out = new StringBuilder(
                "id,name,household_region,employment_status,current_employer,employed_since,willing_to_migrate_to,desired_occupations\n");
        return Panache.getSession().chain(s -> csvFrom(s, kind, region, FIRST, out)).map(StringBuilder::toString);
    }

    private Uni<StringBuilder> csvFrom(org.hibernate.reactive.mutiny.Mutiny.Session session, TwoLists.Kind kind,
            RegionCode region, UUID after, StringBuilder out) {
        return lists.items(session, kind, region, after, CSV_PAGE, null).chain(items -> {
            for (LabourFile f : items) {
                Entry e = Entry.of(f);
                out.append(e.id()).append(',').append(cell(e.name())).append(',').append(e.householdRegion()).append(',')
                        .append(e.employmentStatus()).append(',').append(cell(e.currentEmployer())).append(',')
                        .append(e.employedSince() == null ? "" : e.employedSince()).append(',')
                        .append(cell(String.join(" ", e.willingToMigrateTo()))).append(',')
                        .append(cell(String.join(" ", e.desiredOccupations()))).append('\n');
            }
            return items.size() < CSV_PAGE ? Uni.createFrom().item(out)
                    : csvFrom(session, kind, region, items.get(items.size() - 1).id, out);
        });
    }

    /** The list named; the list of all files is for the region's officers and admins, not a partner's export. */
    private TwoLists.Kind kind(String list) {
        TwoLists.Kind kind = TwoLists.Kind.named(list);
        if (kind == TwoLists.Kind.ALL && !(caller.is(Role.OFFICER) || caller.is(Role.ADMIN))) {
            throw ProblemException.notFound("list", list);
        }
        return kind;
    }

    private RegionCode region(String code) {
        boolean partnerOfProvince = caller.is(Role.PARTNER)
                && caller.province().map(p -> p.contains(code)).orElse(false);
        if (!RegionCode.isWellFormed(code) || !(caller.governs(code) || partnerOfProvince)) {
            throw ProblemException.notFound("region", code);
        }
        return new RegionCode(code);
    }

    private static UUID cursor(String after) {
        UUID id = Cursors.idAfter("after", after);
        return id == null ? FIRST : id;
    }

    /** A CSV field: quoted when it holds a separator, quote or line break; a leading formula character neutralised. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = FORMULA_START.matcher(value).lookingAt() ? "'" + value : value;
        return NEEDS_QUOTES.matcher(safe).find() ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
