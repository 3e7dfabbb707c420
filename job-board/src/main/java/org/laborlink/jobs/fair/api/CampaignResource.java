package org.laborlink.jobs.fair.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.laborlink.jobs.fair.JobFairOrganisation;
import org.laborlink.jobs.fair.JobFairOrganisation.CampaignWithFigures;
import org.laborlink.jobs.fair.domain.Campaign;
import org.laborlink.jobs.transcript.api.TranscriptViews.FairTotals;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.reference.RegionCode;

import io.smallrye.mutiny.Uni;

/**
 * Campaigns such as Spring Breeze: an officer launches one over some dates and regions (their own or paired with
 * theirs); fairs join it when organised with its id. Its figures are the totals across its fairs, each employer,
 * posting and worker counted once however many of its fairs they came to.
 */
@Path("/api/v1/campaigns")
public class CampaignResource {

    public record LaunchCampaign(
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String> regions) {
    }

    /** A campaign and its totals. */
    public record CampaignView(UUID id, String name, LocalDate startsOn, LocalDate endsOn, List<String> regions,
            String organiserRegion, Instant createdAt, FairTotals figures) {

        static CampaignView of(CampaignWithFigures c) {
            Campaign campaign = c.campaign();
            return new CampaignView(campaign.id, campaign.name, campaign.startsOn, campaign.endsOn, campaign.regions.codes(),
                    campaign.organiserRegion, campaign.createdAt, c.figures());
        }
    }

    private final JobFairOrganisation fairs;
    private final Caller caller;

    public CampaignResource(JobFairOrganisation fairs, Caller caller) {
        this.fairs = fairs;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"officer", "admin"})
    public Uni<Response> launch(@Valid @NotNull LaunchCampaign request) {
        return fairs.launch(request.name(), request.startsOn(), request.endsOn(), request.regions(), caller)
                .map(c -> Response.created(URI.create("/api/v1/campaigns/" + c.campaign().id)).entity(CampaignView.of(c))
                        .build());
    }

    @GET
    @Path("/{id}")
    public Uni<CampaignView> get(@PathParam("id") String id) {
        return fairs.campaign(id).map(CampaignView::of);
    }
}
