package org.laborlink.platform.occupations;

import java.util.List;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * matching-service's title normaliser as the services that suggest occupation codes call it (REST, with the caller's
 * own token, so it sees and records who asked): job-board for a posting created with a title only, worker-registry
 * for a labour file's desired occupation in the worker's words. Its URL is {@code quarkus.rest-client.occupations.url}.
 */
@RegisterRestClient(configKey = "occupations")
@Path("/api/v1/occupations/normalize")
public interface OccupationNormaliser {

    /** A title to normalise. */
    record Title(String title, Integer limit) {
    }

    /** One reason a code was suggested. */
    record Reason(String kind, String text, String textZh) {
    }

    /** A suggested code, its name, how sure (0..1) and why. */
    record Suggestion(String code, String name, double confidence, List<Reason> reasons) {
    }

    /** Suggestions as a posting or labour file stores them (one JSON document), best first. */
    record SuggestedCodes(List<Suggestion> codes) {
    }

    /** The suggestions for a title, best first. */
    record Matches(String title, String occupationWords, List<Suggestion> matches) {
    }

    /** A code the caller confirms for a title, and where ({@code POSTING} or {@code LABOUR_FILE}). */
    record Confirmation(String title, String code, String source) {
    }

    @POST
    Uni<Matches> normalize(@HeaderParam("Authorization") String bearer, Title title);

    @POST
    @Path("/confirmations")
    Uni<Matches> confirm(@HeaderParam("Authorization") String bearer, Confirmation confirmation);
}
