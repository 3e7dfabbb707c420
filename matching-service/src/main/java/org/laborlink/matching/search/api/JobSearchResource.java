package org.laborlink.matching.search.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.search.store.JobSearch;

import io.smallrye.common.annotation.Blocking;

/**
 * Job search for anyone signed in: open postings by free text (titles analysed as Chinese), near a point, in a
 * region (a province, prefecture or county code), of a job type, paying at least a floor, in an occupation (a full
 * CSCO code, a group like 4-10 or a category like 4); with counts by job type, province and occupation category over
 * everything that matches; cursor paging.
 */
@Path("/api/v1/search/jobs")
public class JobSearchResource {

    /** A page of postings, how many match in all, the facet counts, and the cursor of the next page. */
    public record JobPage(long total, List<JobDocument> items, Map<String, Map<String, Long>> facets, String next) {
    }

    private final JobSearch jobs;

    public JobSearchResource(JobSearch jobs) {
        this.jobs = jobs;
    }

    @GET
    @Blocking
    public JobPage search(@QueryParam("q") String text, @QueryParam("near") String near,
            @QueryParam("radiusKm") @DefaultValue("50") @Min(1) @Max(5000) int radiusKm,
            @QueryParam("region") String region, @QueryParam("jobType") String jobType,
            @QueryParam("payMin") @Min(0) Integer payMin, @QueryParam("occupation") String occupation,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit, @QueryParam("after") String after) {
        JobSearch.Found found = jobs.search(text, near, radiusKm, region, jobType, payMin, occupation, limit, after);
        return new JobPage(found.total(), found.items(), found.facets(), found.next());
    }
}
