package org.laborlink.matching.occupations.api;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.laborlink.matching.occupations.TitleNormaliser;
import org.laborlink.matching.occupations.TitleNormaliser.Suggestion;
import org.laborlink.matching.occupations.domain.RecruiterTitle;
import org.laborlink.matching.occupations.store.OccupationIndex;
import org.laborlink.matching.occupations.store.TitleConfirmations;
import org.laborlink.matching.occupations.store.TitleConfirmations.PartyKind;
import org.laborlink.matching.occupations.store.TitleConfirmations.Source;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.occupations.TitleWords;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.OccupationClassification;

import io.smallrye.common.annotation.Blocking;

/**
 * Title normalisation: the best CSCO 2022 codes for a free-text job title, with confidence and reasons; employers and
 * officers confirming a code for a title (which the normaliser learns from); and how well it does on titles it has not
 * seen (the held-out aliases), for officers and admins.
 */
@Path("/api/v1/occupations/normalize")
public class OccupationResource {

    /** A job title to normalise and how many codes to return. */
    public record Title(@NotBlank @Size(max = 200) String title, @Min(1) @Max(20) Integer limit) {
    }

    /** The codes for a title, best first, and the title's occupation words once the recruiting noise is out. */
    public record Matches(String title, String occupationWords, List<Suggestion> matches) {
    }

    /**
     * A code an employer or officer confirms for a title (accepting a suggestion or correcting it), and where: on the
     * normaliser itself (NORMALIZE, the default), a posting (POSTING) or a labour file's wish (LABOUR_FILE).
     */
    public record Confirmation(@NotBlank @Size(max = 200) String title,
            @NotNull @Pattern(regexp = OccupationClassification.CODE_PATTERN, message = OccupationClassification.CODE_MESSAGE) String code,
            Source source) {
    }

    /** Top-1 and top-5 accuracy on the held-out titles, and how long the measurement took. */
    public record Accuracy(int titles, int top1, int top5, double top1Rate, double top5Rate, long millis) {
    }

    private final TitleNormaliser normaliser;
    private final TitleConfirmations confirmations;
    private final OccupationIndex index;
    private final OccupationClassification classification;
    private final Caller caller;

    public OccupationResource(TitleNormaliser normaliser, TitleConfirmations confirmations, OccupationIndex index,
            OccupationClassification classification, Caller caller) {
        this.normaliser = normaliser;
        this.confirmations = confirmations;
        this.index = index;
        this.classification = classification;
        this.caller = caller;
    }

    @POST
    @Blocking
    public Matches normalize(@Valid @NotNull Title request) throws IOException {
        RecruiterTitle title = titleOf(request.title());
        return new Matches(request.title(), title.occupationWords(),
                normaliser.suggest(title, request.limit() == null ? 5 : request.limit(), true));
    }

    /**
     * Keeps the caller's code for the title: once enough parties agree on it, a labour office among them, it goes first
     * for that title. One word per title and party (an employer, or an officer's office), the latest kept.
     */
    @POST
    @Path("/confirmations")
    @Blocking
    @RolesAllowed({"employer", "officer", "admin"})
    public Matches confirm(@Valid @NotNull Confirmation request) throws IOException {
        RecruiterTitle title = titleOf(request.title());
        if (title.isEmpty()) {
            throw ProblemException.invalidField("title", "has no occupation words once recruiting noise is taken out");
        }
        if (!classification.isDetailedOccupation(request.code())) {
            throw ProblemException.invalidField("code", "is not a detailed CSCO 2022 occupation");
        }
        record Party(PartyKind kind, String id) {
        }
        Party party = caller.is(Role.EMPLOYER)
                ? new Party(PartyKind.EMPLOYER, caller.employerId().orElseThrow(
                        () -> ProblemException.forbidden("this account is not linked to an employer (no employer_id claim)")))
                : new Party(PartyKind.OFFICE, caller.region().map(r -> r.value()).orElseThrow(
                        () -> ProblemException.forbidden("this account governs no region (no region claim)")));
        Source source = request.source() == null ? Source.NORMALIZE : request.source();
        confirmations.confirm(title.key(), source == Source.LABOUR_FILE ? null : request.title().strip(), request.code(),
                party.kind(), party.id(), caller.subject(), source, Instant.now());
        return new Matches(request.title(), title.occupationWords(), normaliser.suggest(title, 5, true));
    }

    /** 400 naming {@code title} when it has no character, letter or digit (only spaces, emoji or punctuation). */
    private RecruiterTitle titleOf(String written) {
        if (!TitleWords.hasWords(written)) {
            throw ProblemException.invalidField("title", "must have a character, letter or digit (not only emoji or punctuation)");
        }
        return normaliser.clean(written);
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
            List<String> codes = normaliser.suggest(t.title(), 5, false).stream().map(Suggestion::code).toList();
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
}
