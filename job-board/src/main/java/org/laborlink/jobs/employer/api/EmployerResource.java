package org.laborlink.jobs.employer.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.employers.EmployerChanged.Standing;
import org.laborlink.jobs.employer.EmployerRegistration;
import org.laborlink.jobs.employer.domain.Employer;
import org.laborlink.jobs.employer.store.EmployerRepository;
import org.laborlink.jobs.hiring.api.HiringViews.EmploymentView;
import org.laborlink.jobs.hiring.api.HiringViews.StableEmploymentFigures;
import org.laborlink.jobs.hiring.api.StableEmploymentResource;
import org.laborlink.jobs.hiring.store.HiringRepositories;
import org.laborlink.jobs.hiring.store.StableEmploymentStore;
import org.laborlink.jobs.posting.api.PostingView;
import org.laborlink.jobs.posting.domain.PostingStatus;
import org.laborlink.jobs.posting.store.PostingRepository;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.Cursors;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.platform.time.PlatformCalendar;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * Employers: an HR person signs up and registers theirs (or an officer of its region does); officers of its region
 * verify, refuse, suspend and reinstate it. A verified employer is read by anyone signed in; one that is not yet (or
 * no longer) verified only by its HR and officers of its region.
 */
@Path("/api/v1/employers")
public class EmployerResource {

    /** An employer as the API shows it. */
    public record EmployerView(UUID id, long version, String name, String creditCode, String region, String address,
            GeoPoint location, String industry, boolean sme, boolean labourInputBase, boolean povertyAlleviationWorkshop,
            boolean helpingCompany, Standing standing, String standingReason, Instant standingAt, String verifiedBy,
            Instant verifiedAt, Instant registeredAt) {

        static EmployerView of(Employer e) {
            return new EmployerView(e.id, e.version, e.name, e.creditCode, e.region, e.address,
                    e.lat == null || e.lon == null ? null : new GeoPoint(e.lat, e.lon), e.industry, e.sme, e.labourInputBase,
                    e.povertyAlleviationWorkshop, e.helpingCompany, e.standing, e.standingReason, e.standingAt, e.verifiedBy,
                    e.verifiedAt, e.registeredAt);
        }
    }

    /** A page of an employer's postings, newest first; {@code next} is the cursor of the page after it. */
    public record PostingPage(List<PostingView> items, String next) {
    }

    /** A page of an employer's employment records, newest hire first. */
    public record EmploymentPage(List<EmploymentView> items, String next) {
    }

    private final EmployerRepository employers;
    private final EmployerRegistration registration;
    private final StableEmploymentStore figures;
    private final PostingRepository postings;
    private final HiringRepositories.Employments hires;
    private final Caller caller;
    private final Clock clock;

    public EmployerResource(EmployerRepository employers, EmployerRegistration registration,
            StableEmploymentStore figures, PostingRepository postings, HiringRepositories.Employments hires, Caller caller,
            Clock clock) {
        this.clock = clock;
        this.hires = hires;
        this.postings = postings;
        this.employers = employers;
        this.registration = registration;
        this.figures = figures;
        this.caller = caller;
    }

    /**
     * Registers an employer, PENDING until an officer of its region verifies it. An HR person's own (verified, not yet
     * linked) account becomes its account admin: the platform sets the account's employer_id, seen after a token
     * refresh. Repeating it after the account link failed (503) links the account again (200).
     */
    @POST
    @Authenticated
    public Uni<Response> register(@Valid @NotNull RegisterEmployer request) {
        return registration.register(request, caller).map(r -> (r.created()
                ? Response.created(URI.create("/api/v1/employers/" + r.employer().id)) : Response.ok())
                .entity(EmployerView.of(r.employer())).build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<EmployerView> get(@PathParam("id") String id) {
        return employers.findById(employerId(id)).map(e -> {
            boolean ownEmployer = caller.employerId().filter(id::equals).isPresent();
            if (e == null || (e.standing != Standing.VERIFIED && !ownEmployer && !caller.governs(e.region))) {
                throw ProblemException.notFound("employer", id);
            }
            return EmployerView.of(e);
        });
    }

    /** An officer of the employer's region confirms it exists and is what it says (404 for other regions). */
    @POST
    @Path("/{id}/verify")
    @RolesAllowed({"officer", "admin"})
    public Uni<EmployerView> verify(@PathParam("id") String id) {
        return registration.verify(id, caller).map(EmployerView::of);
    }

    /** An officer of the employer's region refuses a pending employer, saying why. */
    @POST
    @Path("/{id}/refuse")
    @RolesAllowed({"officer", "admin"})
    public Uni<EmployerView> refuse(@PathParam("id") String id, @Valid @NotNull EmployerDecision decision) {
        return registration.refuse(id, decision.reason().strip(), caller).map(EmployerView::of);
    }

    /** An officer of the employer's region suspends it, saying why: its open postings leave the index, its claims wait. */
    @POST
    @Path("/{id}/suspend")
    @RolesAllowed({"officer", "admin"})
    public Uni<EmployerView> suspend(@PathParam("id") String id, @Valid @NotNull EmployerDecision decision) {
        return registration.suspend(id, decision.reason().strip(), caller).map(EmployerView::of);
    }

    /** Lifts a suspension: the postings it held open again (those not past their expiry). */
    @POST
    @Path("/{id}/reinstate")
    @RolesAllowed({"officer", "admin"})
    public Uni<EmployerView> reinstate(@PathParam("id") String id) {
        return registration.reinstate(id, caller).map(EmployerView::of);
    }

    /** Stable-employment figures of the employer's records: its HR, officers of its region. */
    @GET
    @Path("/{id}/stable-employment")
    @WithSession
    public Uni<StableEmploymentFigures> ofEmployer(@PathParam("id") String id, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return listedFor(employerId(id).toString(), id).chain(ok -> {
            LocalDate today = PlatformCalendar.today(clock);
            return figures.ofEmployer(id, StableEmploymentResource.fromOrDefault(from, today),
                    StableEmploymentResource.toOrDefault(to, from, today));
        });
    }

    /**
     * The employer's postings, newest first, page by page ({@code after}: the {@code next} of the page before), in
     * every state or in one ({@code status}). Its HR sees all of them; an officer or admin those they may open one by
     * one (open ones, and any whose work region they govern); anyone else learns nothing (404).
     */
    @GET
    @Path("/{id}/postings")
    @WithSession
    public Uni<PostingPage> postings(@PathParam("id") String id, @QueryParam("status") PostingStatus status,
            @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        String employer = employerId(id).toString();
        UUID cursor = Cursors.idAfter("after", after);
        return listedFor(employer, id).chain(governed -> postings.pageOfEmployer(employer, status, governed.orElse(null),
                cursor, limit)).map(page -> {
            if (page == null) {
                throw ProblemException.invalidField("after", "is not a cursor this list gave out");
            }
            List<PostingView> items = page.stream().map(PostingView::of).toList();
            return new PostingPage(items, items.size() < limit ? null : items.get(items.size() - 1).id().toString());
        });
    }

    /**
     * The employer's employment records (its hires, ended ones too), newest hire first, page by page: what its SME
     * and public-welfare claims name. Its HR sees all of them; an officer or admin of the employer's region those whose
     * work or household region they govern; anyone else learns nothing (404).
     */
    @GET
    @Path("/{id}/employments")
    @WithSession
    public Uni<EmploymentPage> employments(@PathParam("id") String id, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        String employer = employerId(id).toString();
        UUID cursor = Cursors.idAfter("after", after);
        return listedFor(employer, id).chain(governed -> hires.pageOfEmployer(employer, governed.orElse(null), cursor, limit))
                .map(page -> {
            if (page == null) {
                throw ProblemException.invalidField("after", "is not a cursor this list gave out");
            }
            List<EmploymentView> items = page.stream().map(EmploymentView::of).toList();
            return new EmploymentPage(items, items.size() < limit ? null : items.get(items.size() - 1).id().toString());
        });
    }

    /**
     * Whose rows of an employer the caller may list: all of them for its own HR (no prefix); for an officer or admin of
     * the employer's region, those of the region they govern (its code prefix), the rows they may open one by one;
     * anyone else is refused as if the employer did not exist.
     */
    private Uni<Optional<String>> listedFor(String employer, String id) {
        if (caller.is(Role.EMPLOYER) && caller.employerId().filter(employer::equalsIgnoreCase).isPresent()) {
            return Uni.createFrom().item(Optional.empty());
        }
        Optional<String> governed = caller.is(Role.OFFICER) || caller.is(Role.ADMIN)
                ? caller.region().map(RegionCode::prefix) : Optional.empty();
        if (governed.isEmpty()) {
            throw ProblemException.notFound("employer", id);
        }
        return employers.findById(UUID.fromString(employer)).map(e -> {
            if (e == null || !caller.governs(e.region)) {
                throw ProblemException.notFound("employer", id);
            }
            return governed;
        });
    }

    private static UUID employerId(String id) {
        return PathIds.uuid("employer", id);
    }
}
