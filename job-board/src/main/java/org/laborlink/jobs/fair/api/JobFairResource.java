package org.laborlink.jobs.fair.api;

import java.net.URI;
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

import org.laborlink.jobs.fair.JobFairOrganisation.FairWithFigures;
import org.laborlink.jobs.fair.JobFairOrganisation;
import org.laborlink.jobs.fair.domain.JobFair;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.reference.RegionCode;

import io.smallrye.mutiny.Uni;

/**
 * Job fairs: officers organise them for their region or, as cooperation fairs, in a region theirs is paired with
 * (optionally as one of a campaign's fairs, held within its dates and regions); employers (and the organisers) bring postings; workers register
 * intentions by applying with the fair's id. A fair shows its figures: employers, postings, places, intentions, hires.
 */
@Path("/api/v1/job-fairs")
public class JobFairResource {

    public record OrganiseFair(
            @NotBlank @Size(max = 200) String name,
            @NotNull JobFair.Kind kind,
            @NotNull @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String region,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            UUID campaignId) {
    }

    public record AddPosting(@NotNull UUID postingId) {
    }

    /** A fair and its figures so far. */
    public record FairView(UUID id, String name, JobFair.Kind kind, String region, LocalDate startsOn, LocalDate endsOn,
            String organiserRegion, UUID campaignId, long employers, long postings, long places, long intentions,
            long hires) {

        static FairView of(FairWithFigures f) {
            JobFair fair = f.fair();
            JobFair.Figures n = f.figures();
            return new FairView(fair.id, fair.name, fair.kind, fair.region, fair.startsOn, fair.endsOn,
                    fair.organiserRegion, fair.campaignId, n.employers(),
                    n.postings(), n.places(), n.intentions(), n.hires());
        }
    }

    private final JobFairOrganisation fairs;
    private final Caller caller;

    public JobFairResource(JobFairOrganisation fairs, Caller caller) {
        this.fairs = fairs;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"officer", "admin"})
    public Uni<Response> organise(@Valid @NotNull OrganiseFair request) {
        return fairs.organise(request.name(), request.kind(), request.region(), request.startsOn(), request.endsOn(),
                request.campaignId(), caller)
                .map(f -> Response.created(URI.create("/api/v1/job-fairs/" + f.fair().id)).entity(FairView.of(f)).build());
    }

    @GET
    @Path("/{id}")
    public Uni<FairView> get(@PathParam("id") String id) {
        return fairs.find(id).map(FairView::of);
    }

    /** The posting's employer, or an officer of the fair's region, offers a posting at the fair. */
    @POST
    @Path("/{id}/postings")
    @RolesAllowed({"employer", "officer", "admin"})
    public Uni<FairView> addPosting(@PathParam("id") String id, @Valid @NotNull AddPosting request) {
        return fairs.addPosting(id, request.postingId(), caller).map(FairView::of);
    }
}
