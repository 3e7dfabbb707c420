package org.laborlink.jobs.fair;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.jobs.posting.domain.PostingAccess;
import org.laborlink.jobs.posting.store.PostingRepository;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.RegionCode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Job fairs: officers organise them for their region; employers (and the organisers) bring postings; workers register
 * intentions by applying with the fair's id. A fair shows its figures: employers, postings, places, intentions, hires.
 */
@Path("/api/v1/job-fairs")
public class JobFairResource {

    public record OrganiseFair(
            @NotBlank @Size(max = 200) String name,
            @NotNull JobFair.Kind kind,
            @NotNull @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String region,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn) {
    }

    public record AddPosting(@NotNull UUID postingId) {
    }

    /** A fair and its figures so far. */
    public record FairView(UUID id, String name, JobFair.Kind kind, String region, LocalDate startsOn, LocalDate endsOn,
            long employers, long postings, long places, long intentions, long hires) {
    }

    private static final String FIGURES = """
            select count(distinct p.employer_id), count(p.id), coalesce(sum(p.headcount), 0),
                   (select count(*) from application a where a.fair_id = :fair),
                   (select count(*) from application a where a.fair_id = :fair and a.status = 'HIRED')
            from job_fair_posting fp join posting p on p.id = fp.posting_id
            where fp.fair_id = :fair""";

    private final JobFairRepository fairs;
    private final PostingRepository postings;
    private final AdministrativeDivisions divisions;
    private final Caller caller;

    public JobFairResource(JobFairRepository fairs, PostingRepository postings, AdministrativeDivisions divisions, Caller caller) {
        this.fairs = fairs;
        this.postings = postings;
        this.divisions = divisions;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"officer", "admin"})
    public Uni<Response> organise(@Valid @NotNull OrganiseFair request) {
        if (divisions.find(request.region()).isEmpty()) {
            throw ProblemException.invalidField("region", "is not a division known to the platform");
        }
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.invalidField("endsOn", "must not be before startsOn");
        }
        if (!caller.governs(request.region())) {
            throw ProblemException.forbidden("officers organise fairs in their own region");
        }
        JobFair fair = new JobFair();
        fair.id = UUID.randomUUID();
        fair.name = request.name().strip();
        fair.kind = request.kind();
        fair.region = request.region();
        fair.startsOn = request.startsOn();
        fair.endsOn = request.endsOn();
        fair.organiser = caller.subject();
        fair.createdAt = Instant.now();
        return Panache.withTransaction(() -> fairs.persist(fair)).chain(() -> view(fair))
                .map(v -> Response.created(URI.create("/api/v1/job-fairs/" + fair.id)).entity(v).build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<FairView> get(@PathParam("id") String id) {
        return fairs.findById(fairId(id)).chain(fair -> {
            if (fair == null) {
                throw ProblemException.notFound("job fair", id);
            }
            return view(fair);
        });
    }

    /** The posting's employer, or an officer of the fair's region, offers a posting at the fair. */
    @POST
    @Path("/{id}/postings")
    @RolesAllowed({"employer", "officer", "admin"})
    public Uni<FairView> addPosting(@PathParam("id") String id, @Valid @NotNull AddPosting request) {
        return Panache.withTransaction(() -> fairs.findById(fairId(id)).chain(fair -> {
            if (fair == null) {
                throw ProblemException.notFound("job fair", id);
            }
            return postings.findById(request.postingId()).chain(posting -> {
                if (posting == null || !PostingAccess.canSee(caller, posting)) {
                    throw ProblemException.invalidField("postingId", "names no posting you can see");
                }
                if (!PostingAccess.canManage(caller, posting) && !caller.governs(fair.region)) {
                    throw ProblemException.forbidden("the posting's employer or the fair's officers bring postings to it");
                }
                return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into job_fair_posting (fair_id, posting_id) values (:fair, :posting)
                        on conflict do nothing""").setParameter("fair", fair.id).setParameter("posting", posting.id)
                        .executeUpdate()).replaceWith(fair);
            });
        })).chain(this::view);
    }

    private Uni<FairView> view(JobFair fair) {
        return Panache.getSession().chain(s -> s.createNativeQuery(FIGURES, Object[].class).setParameter("fair", fair.id)
                .getSingleResult()).map(r -> new FairView(fair.id, fair.name, fair.kind, fair.region, fair.startsOn,
                        fair.endsOn, n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4])));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static UUID fairId(String id) {
        return PathIds.uuid("job fair", id);
    }
}
