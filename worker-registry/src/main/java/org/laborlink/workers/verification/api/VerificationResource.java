package org.laborlink.workers.verification.api;

import java.net.URI;
import java.util.List;
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

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.platform.time.PlatformCalendar;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.labourfile.store.LabourFileRepository;
import org.laborlink.workers.verification.VisitRecording;
import org.laborlink.workers.verification.store.VerificationVisitRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Verification visits of labour files and the region's list of files due for one. */
@Path("/api/v1")
public class VerificationResource {

    private static final UUID FIRST = new UUID(0, 0);

    private final VisitRecording verification;
    private final VerificationVisitRepository visits;
    private final LabourFileRepository files;
    private final Caller caller;

    public VerificationResource(VisitRecording verification, VerificationVisitRepository visits,
            LabourFileRepository files, Caller caller) {
        this.verification = verification;
        this.visits = visits;
        this.files = files;
        this.caller = caller;
    }

    @POST
    @Path("/workers/{id}/verifications")
    @RolesAllowed({"officer", "admin"})
    public Uni<Response> record(@PathParam("id") String id, @Valid @NotNull RecordVisit request) {
        return verification.record(LabourFile.parseId(id), request, caller).map(visit -> Response
                .created(URI.create("/api/v1/workers/" + id + "/verifications")).entity(VisitView.of(visit)).build());
    }

    @GET
    @Path("/workers/{id}/verifications")
    @WithSession
    public Uni<List<VisitView>> list(@PathParam("id") String id) {
        return files.findById(LabourFile.parseId(id)).chain(file -> {
            if (file == null || !caller.canSeeWorker(file.id.toString(), file.householdRegion, file.currentRegion)) {
                throw ProblemException.notFound("labour file", id);
            }
            return visits.ofFile(file.id);
        }).map(list -> list.stream().map(VisitView::of).toList());
    }

    /** Files of the region whose last visit is older than {@code days} days, or that were never visited. */
    @GET
    @Path("/regions/{code}/unverified-files")
    @RolesAllowed({"officer", "admin"})
    @WithSession
    public Uni<UnverifiedFiles> unverified(@PathParam("code") String code,
            @QueryParam("days") @DefaultValue("180") @Min(0) @Max(3650) int days,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @QueryParam("after") String after) {
        if (!RegionCode.isWellFormed(code) || !caller.governs(code)) {
            throw ProblemException.notFound("region", code);
        }
        UUID cursor = after == null || after.isBlank() ? FIRST : LabourFile.parseId(after);
        return files.unverifiedIn(new RegionCode(code), PlatformCalendar.today().minusDays(days), cursor, limit).map(page -> {
            var items = page.stream().map(f -> new UnverifiedFiles.Item(f.id, f.name, f.householdRegion, f.lastVerifiedOn,
                    f.lastVerifiedBy)).toList();
            String next = items.size() == limit ? items.get(items.size() - 1).id().toString() : null;
            return new UnverifiedFiles(code, days, items, next);
        });
    }
}
