package org.laborlink.jobs.fair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.fair.domain.Campaign;
import org.laborlink.jobs.fair.domain.JobFair;
import org.laborlink.jobs.fair.store.CampaignRepository;
import org.laborlink.jobs.fair.store.JobFairRepository;
import org.laborlink.jobs.posting.domain.PostingAccess;
import org.laborlink.jobs.posting.store.PostingRepository;
import org.laborlink.jobs.transcript.api.TranscriptViews.FairTotals;
import org.laborlink.jobs.transcript.store.TranscriptFigures;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.cooperation.CooperationPairs;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Job fairs and campaigns. Officers organise fairs for their region, or in a region theirs is paired with (a
 * cooperation fair, held in the partner region); employers (and the organisers) bring postings; workers register
 * intentions by applying with the fair's id. A campaign groups fairs over its dates and regions.
 */
@ApplicationScoped
public class JobFairOrganisation {

    /** A fair and what it has drawn so far. */
    public record FairWithFigures(JobFair fair, JobFair.Figures figures) {
    }

    /** A campaign and what its fairs have drawn. */
    public record CampaignWithFigures(Campaign campaign, FairTotals figures) {
    }

    private final JobFairRepository fairs;
    private final CampaignRepository campaigns;
    private final PostingRepository postings;
    private final TranscriptFigures figures;
    private final AdministrativeDivisions divisions;
    private final CooperationPairs pairs;
    private final Clock clock;

    public JobFairOrganisation(JobFairRepository fairs, CampaignRepository campaigns, PostingRepository postings,
            TranscriptFigures figures, AdministrativeDivisions divisions, CooperationPairs pairs, Clock clock) {
        this.fairs = fairs;
        this.campaigns = campaigns;
        this.postings = postings;
        this.figures = figures;
        this.divisions = divisions;
        this.pairs = pairs;
        this.clock = clock;
    }

    public Uni<FairWithFigures> organise(String name, JobFair.Kind kind, String region, LocalDate startsOn,
            LocalDate endsOn, UUID campaignId, Caller caller) {
        knownRegion("region", region);
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.invalidField("endsOn", "must not be before startsOn");
        }
        mayOrganiseIn(region, caller, "fairs");
        JobFair fair = new JobFair();
        fair.id = UUID.randomUUID();
        fair.name = name.strip();
        fair.kind = kind;
        fair.region = region;
        fair.startsOn = startsOn;
        fair.endsOn = endsOn;
        fair.organiser = caller.subject();
        fair.organiserRegion = caller.region().orElseThrow().value();
        fair.campaignId = campaignId;
        fair.createdAt = clock.instant();
        return Panache.withTransaction(() -> (campaignId == null ? Uni.createFrom().voidItem()
                : campaigns.findById(campaignId).invoke(campaign -> {
                    if (campaign == null) {
                        throw ProblemException.invalidField("campaignId", "names no campaign");
                    }
                    if (!campaign.covers(region, startsOn, endsOn)) {
                        throw ProblemException.invalidField("campaignId", "the campaign runs " + campaign.startsOn
                                + " to " + campaign.endsOn + " in " + campaign.regions.codes()
                                + "; the fair must be held inside them");
                    }
                }).replaceWithVoid())
                .chain(() -> fairs.persist(fair)).chain(() -> withFigures(fair)));
    }

    public Uni<FairWithFigures> find(String id) {
        return Panache.withSession(() -> fairs.findById(fairId(id)).chain(fair -> {
            if (fair == null) {
                throw ProblemException.notFound("job fair", id);
            }
            return withFigures(fair);
        }));
    }

    /** The posting's employer, or an officer of the fair's region or of the office that organised it, offers a posting. */
    public Uni<FairWithFigures> addPosting(String id, UUID postingId, Caller caller) {
        return Panache.withTransaction(() -> fairs.findById(fairId(id)).chain(fair -> {
            if (fair == null) {
                throw ProblemException.notFound("job fair", id);
            }
            return postings.findById(postingId).chain(posting -> {
                if (posting == null || !PostingAccess.canSee(caller, posting)) {
                    throw ProblemException.invalidField("postingId", "names no posting you can see");
                }
                if (!PostingAccess.canManage(caller, posting) && !caller.governs(fair.region)
                        && !caller.governs(fair.organiserRegion)) {
                    throw ProblemException.forbidden("the posting's employer or the fair's officers bring postings to it");
                }
                return fairs.offer(fair.id, posting.id).chain(() -> withFigures(fair));
            });
        }));
    }

    /** A campaign over some dates and regions, each a region the officer governs or one theirs is paired with. */
    public Uni<CampaignWithFigures> launch(String name, LocalDate startsOn, LocalDate endsOn, List<String> regions,
            Caller caller) {
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.invalidField("endsOn", "must not be before startsOn");
        }
        for (String region : regions) {
            knownRegion("regions", region);
            mayOrganiseIn(region, caller, "campaigns");
        }
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.name = name.strip();
        campaign.startsOn = startsOn;
        campaign.endsOn = endsOn;
        campaign.regions = new Campaign.Regions(regions.stream().distinct().toList());
        campaign.organiser = caller.subject();
        campaign.organiserRegion = caller.region().orElseThrow().value();
        campaign.createdAt = clock.instant();
        return Panache.withTransaction(() -> campaigns.persist(campaign).chain(() -> withFigures(campaign)));
    }

    /** A campaign and its figures: public, like its fairs. */
    public Uni<CampaignWithFigures> campaign(String id) {
        return Panache.withSession(() -> campaigns.findById(PathIds.uuid("campaign", id)).chain(campaign -> {
            if (campaign == null) {
                throw ProblemException.notFound("campaign", id);
            }
            return withFigures(campaign);
        }));
    }

    private Uni<CampaignWithFigures> withFigures(Campaign campaign) {
        return Panache.getSession().chain(session -> figures.fairsOfCampaign(session, campaign.id, divisions::nameOf))
                .map(totals -> new CampaignWithFigures(campaign, totals));
    }

    private void knownRegion(String field, String region) {
        if (divisions.find(region).isEmpty()) {
            throw ProblemException.invalidField(field, "is not a division known to the platform");
        }
    }

    private void mayOrganiseIn(String region, Caller caller, String what) {
        if (!caller.governs(region) && !pairs.isPartnerOfCaller(caller, region)) {
            throw ProblemException.forbidden("officers organise " + what
                    + " in their own region or in a region theirs is paired with");
        }
    }

    private Uni<FairWithFigures> withFigures(JobFair fair) {
        return fairs.figures(fair.id).map(figures -> new FairWithFigures(fair, figures));
    }

    private static UUID fairId(String id) {
        return PathIds.uuid("job fair", id);
    }
}
