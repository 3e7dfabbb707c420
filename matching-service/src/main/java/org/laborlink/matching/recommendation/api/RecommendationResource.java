package org.laborlink.matching.recommendation.api;

import java.io.IOException;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.laborlink.matching.index.domain.WorkerDocument;
import org.laborlink.matching.index.store.SearchIndexes;
import org.laborlink.matching.recommendation.JobRecommender;
import org.laborlink.matching.recommendation.store.KeptRecommendations;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;

import io.smallrye.common.annotation.Blocking;

/** Jobs for a worker, for the worker themselves, officers of their region and partners of their province. */
@Path("/api/v1/workers/{id}/recommendations")
public class RecommendationResource {

    private final SearchIndexes indexes;
    private final JobRecommender recommender;
    private final Caller caller;

    public RecommendationResource(SearchIndexes indexes, JobRecommender recommender, Caller caller) {
        this.indexes = indexes;
        this.recommender = recommender;
        this.caller = caller;
    }

    /** A {@link RecommendationPage} page: a first page as kept, written once (see {@link JobRecommender#firstPage}). */
    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "a page of recommendations, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationPage.class)))
    public Response recommendations(@PathParam("id") String workerId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("after") String after) throws IOException {
        boolean first = JobRecommender.servedFromKept(limit, after);
        // a later page is ranked from the index: the kept list (and the postings it names) is not read for it
        Optional<KeptRecommendations.Kept> kept = first ? recommender.kept(workerId) : Optional.empty();
        WorkerDocument worker = kept.map(KeptRecommendations.Kept::worker).orElse(null);
        if (worker == null) {
            worker = indexes.document(SearchIndexes.WORKERS, workerId, WorkerDocument.class).orElse(null);
        }
        if (worker == null || !caller.canSeeWorker(worker.workerId(), worker.householdRegion(), worker.currentRegion())) {
            throw ProblemException.notFound("worker", workerId);
        }
        return Response.ok(first ? recommender.firstPage(worker, kept, limit)
                : recommender.searched(worker, limit, after)).build();
    }
}
