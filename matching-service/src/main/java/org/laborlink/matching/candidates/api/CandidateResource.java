package org.laborlink.matching.candidates.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.laborlink.matching.candidates.domain.Candidate;
import org.laborlink.matching.candidates.store.CandidateFinder;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.store.SearchIndexes;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;

import io.smallrye.common.annotation.Blocking;

/**
 * The mirror questions for a posting, for its employer and the officers of its work region (anyone else: 404):
 * its candidates, ranked and explained; and its candidates who would migrate, grouped by home county into vehicle
 * loads for the officer who charters point-to-point transport.
 */
@Path("/api/v1/jobs/{id}")
public class CandidateResource {

    /** One vehicle of a home county's group: the workers it carries. */
    public record Vehicle(int seatsTaken, List<String> workerIds) {
    }

    /** The candidates of one home county, in vehicle loads. */
    public record Group(String homeRegion, int workers, List<Vehicle> vehicles) {
    }

    /** A posting's migrating candidates by home county, largest groups first. */
    public record TransportGroups(String postingId, String workRegion, int vehicleSeats, int candidates,
            List<Group> groups) {
    }

    private final SearchIndexes indexes;
    private final CandidateFinder finder;
    private final Caller caller;

    public CandidateResource(SearchIndexes indexes, CandidateFinder finder, Caller caller) {
        this.indexes = indexes;
        this.finder = finder;
        this.caller = caller;
    }

    @GET
    @Path("/candidates")
    @Blocking
    public CandidateFinder.Candidates candidates(@PathParam("id") String postingId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("after") String after) throws IOException {
        JobDocument job = posting(postingId);
        return finder.find(job, false, employerOf(job), limit, after);
    }

    @GET
    @Path("/transport-groups")
    @Blocking
    public TransportGroups transportGroups(@PathParam("id") String postingId,
            @QueryParam("vehicleSeats") @DefaultValue("45") @Min(1) @Max(100) int seats,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) throws IOException {
        JobDocument job = posting(postingId);
        List<Candidate> migrants = finder.find(job, true, true, limit, null).items();
        Map<String, List<String>> byCounty = new LinkedHashMap<>();
        for (Candidate c : migrants) {
            byCounty.computeIfAbsent(c.householdRegion(), k -> new ArrayList<>()).add(c.workerId());
        }
        List<Group> groups = new ArrayList<>();
        byCounty.forEach((county, workers) -> {
            List<Vehicle> vehicles = new ArrayList<>();
            for (int from = 0; from < workers.size(); from += seats) {
                List<String> load = workers.subList(from, Math.min(from + seats, workers.size()));
                vehicles.add(new Vehicle(load.size(), List.copyOf(load)));
            }
            groups.add(new Group(county, workers.size(), vehicles));
        });
        groups.sort(Comparator.comparingInt(Group::workers).reversed().thenComparing(Group::homeRegion));
        return new TransportGroups(job.postingId(), job.workRegion(), seats, migrants.size(), groups);
    }

    /** The open posting, if the caller is its employer or an officer of its work region; otherwise 404. */
    private JobDocument posting(String postingId) throws IOException {
        JobDocument job = indexes.document(SearchIndexes.JOBS, postingId, JobDocument.class).orElse(null);
        if (job == null || !JobDocument.OPEN.equals(job.status()) || (!employerOf(job) && !caller.governs(job.workRegion()))) {
            throw ProblemException.notFound("posting", postingId);
        }
        return job;
    }

    private boolean employerOf(JobDocument job) {
        return caller.is(Role.EMPLOYER) && job.employerId() != null
                && caller.employerId().filter(job.employerId()::equals).isPresent();
    }
}
