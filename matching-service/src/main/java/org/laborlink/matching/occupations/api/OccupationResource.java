package org.laborlink.matching.occupations.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.laborlink.matching.occupations.store.OccupationIndex.Match;
import org.laborlink.matching.occupations.store.OccupationIndex;
import org.laborlink.platform.reference.OccupationClassification;

import io.smallrye.common.annotation.Blocking;

/**
 * Title normalisation: the best CSCO 2022 codes for a free-text job title, with confidence; and how well it does on
 * titles it has not seen (the held-out aliases), for officers and admins.
 */
@Path("/api/v1/occupations/normalize")
public class OccupationResource {

    /** A job title to normalise and how many codes to return. */
    public record Title(@NotBlank @Size(max = 200) String title, @Min(1) @Max(20) Integer limit) {
    }

    /** A code, its name, the raw score and the share of the returned scores it holds (0..1). */
        /** The codes for a title, best first. */
    public record Matches(String title, List<Match> matches) {
    }

    /** Top-1 and top-5 accuracy on the held-out titles, and how long the measurement took. */
    public record Accuracy(int titles, int top1, int top5, double top1Rate, double top5Rate, long millis) {
    }

    private final OccupationIndex index;
    private final OccupationClassification classification;

    public OccupationResource(OccupationIndex index, OccupationClassification classification) {
        this.index = index;
        this.classification = classification;
    }

    @POST
    @Blocking
    public Matches normalize(@Valid @NotNull Title request) throws IOException {
        return new Matches(request.title(), index.matches(request.title().strip(), request.limit() == null ? 5 : request.limit(),
                true));
    }

    @GET
    @Path("/accuracy")
    @Blocking
    @RolesAllowed({"officer", "admin"})
    public Accuracy accuracy() throws IOException {
        long started = System.currentTimeMillis();
        int top1 = 0;
        int top5 = 0;
        List<OccupationIndex.HeldOut> titles = index.heldOut();
        for (OccupationIndex.HeldOut t : titles) {
            List<String> codes = index.matches(t.title(), 5, false).stream().map(Match::code).toList();
            if (!codes.isEmpty() && codes.get(0).equals(t.code())) {
                top1++;
            }
            if (codes.contains(t.code())) {
                top5++;
            }
        }
        int n = titles.size();
        return new Accuracy(n, top1, top5, n == 0 ? 0 : Math.round(top1 * 1000.0 / n) / 1000.0,
                n == 0 ? 0 : Math.round(top5 * 1000.0 / n) / 1000.0, System.currentTimeMillis() - started);
    }

    /** The title against names and aliases (and the held-out aliases in service, not when measuring). */
}
