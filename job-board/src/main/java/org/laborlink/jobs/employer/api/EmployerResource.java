package org.laborlink.jobs.employer.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.events.GeoPoint;
import org.laborlink.jobs.employer.EmployerRegistration;
import org.laborlink.jobs.employer.domain.Employer;
import org.laborlink.jobs.employer.store.EmployerRepository;
import org.laborlink.jobs.hiring.api.HiringViews.StableEmploymentFigures;
import org.laborlink.jobs.hiring.api.StableEmploymentResource;
import org.laborlink.jobs.hiring.store.StableEmploymentStore;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Employers: officers register and verify those of their region; anyone signed in reads them. */
@Path("/api/v1/employers")
public class EmployerResource {

    /** An employer as the API shows it. */
    public record EmployerView(UUID id, long version, String name, String creditCode, String region, String address,
            GeoPoint location, String industry, boolean sme, boolean labourInputBase, boolean povertyAlleviationWorkshop,
            boolean helpingCompany, String verifiedBy, Instant verifiedAt, Instant registeredAt) {

        static EmployerView of(Employer e) {
            return new EmployerView(e.id, e.version, e.name, e.creditCode, e.region, e.address,
                    e.lat == null || e.lon == null ? null : new GeoPoint(e.lat, e.lon), e.industry, e.sme, e.labourInputBase,
                    e.povertyAlleviationWorkshop, e.helpingCompany, e.verifiedBy, e.verifiedAt, e.registeredAt);
        }
    }

    private final EmployerRepository employers;
    private final EmployerRegistration registration;
    private final StableEmploymentStore figures;
    private final Caller caller;
    private final Clock clock;

    public EmployerResource(EmployerRepository employers, EmployerRegistration registration,
            StableEmploymentStore figures, Caller caller, Clock clock) {
        this.clock = clock;
        this.employers = employers;
        this.registration = registration;
        this.figures = figures;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"officer", "admin"})
    public Uni<Response> register(@Valid @NotNull RegisterEmployer request) {
        return registration.register(request, caller)
                .map(e -> Response.created(URI.create("/api/v1/employers/" + e.id)).entity(EmployerView.of(e)).build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<EmployerView> get(@PathParam("id") String id) {
        return employers.findById(employerId(id)).map(e -> {
            if (e == null) {
                throw ProblemException.notFound("employer", id);
            }
            return EmployerView.of(e);
        });
    }

    /** An officer of the employer's region confirms it exists and is what it says. */
    @POST
    @Path("/{id}/verify")
    @RolesAllowed({"officer", "admin"})
    public Uni<EmployerView> verify(@PathParam("id") String id) {
        return registration.verify(id, caller).map(EmployerView::of);
    }

    /** Stable-employment figures of the employer's records: its HR, officers of its region. */
    @GET
    @Path("/{id}/stable-employment")
    @WithSession
    public Uni<StableEmploymentFigures> ofEmployer(@PathParam("id") String id, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        boolean ownEmployer = caller.is(Role.EMPLOYER) && caller.employerId().filter(id::equals).isPresent();
        Uni<Boolean> allowed = ownEmployer ? Uni.createFrom().item(true)
                : employers.findById(employerId(id)).map(e -> e != null && caller.governs(e.region));
        return allowed.chain(ok -> {
            if (!ok) {
                throw ProblemException.notFound("employer", id);
            }
            LocalDate today = LocalDate.now(clock);
            return figures.ofEmployer(id, StableEmploymentResource.fromOrDefault(from, today),
                    StableEmploymentResource.toOrDefault(to, from, today));
        });
    }

    private static UUID employerId(String id) {
        return PathIds.uuid("employer", id);
    }
}
