package org.laborlink.platform.occupations;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.occupations.OccupationNormaliser.Suggestion;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;

/**
 * Suggested occupation codes for a title, and confirmations of a chosen code, asked of matching-service on the
 * caller's behalf. Both are advice: when matching-service does not answer within the REST client's timeouts (its
 * {@code read-timeout}, 2 s, set where it is enabled, so the failure comes back on the request's own Vert.x context),
 * a title gets no suggestions (the posting or labour file is kept, its code left to be chosen) and a confirmation is
 * logged and dropped (the choice itself is kept where it was made). Only the services that suggest codes have it
 * ({@code laborlink.occupations.suggestions=enabled}); they need it.
 */
@ApplicationScoped
@IfBuildProperty(name = "laborlink.occupations.suggestions", stringValue = "enabled")
public class OccupationSuggestions {

    private static final Logger LOG = Logger.getLogger(OccupationSuggestions.class);
    static final int SUGGESTED = 3;

    private final OccupationNormaliser normaliser;

    public OccupationSuggestions(@RestClient OccupationNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** The best few codes for the title (none when the normaliser is unreachable or finds nothing). */
    public Uni<List<Suggestion>> forTitle(Caller caller, String title) {
        return normaliser.normalize(caller.bearer(), new OccupationNormaliser.Title(title, SUGGESTED))
                .map(m -> m.matches() == null ? List.<Suggestion>of() : List.copyOf(m.matches()))
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("no occupation suggestions for a title: matching-service did not answer (%s)", e.toString());
                    return List.of();
                });
    }

    /** Tells the normaliser the caller chose {@code code} for {@code title} ({@code source}: POSTING, LABOUR_FILE). */
    public Uni<Void> confirm(Caller caller, String title, String code, String source) {
        return normaliser.confirm(caller.bearer(), new OccupationNormaliser.Confirmation(title, code, source))
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("a confirmed occupation code was not passed to matching-service (%s)", e.toString());
                    return Uni.createFrom().voidItem();
                });
    }
}
