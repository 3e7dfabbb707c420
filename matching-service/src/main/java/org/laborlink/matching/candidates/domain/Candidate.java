package org.laborlink.matching.candidates.domain;

import java.util.List;
import java.util.Map;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.matching.recommendation.domain.Recommendation;

/**
 * A worker matched to a posting, with the same score breakdown and reasons the worker sees for the posting. For the
 * posting's employer the home point and poverty status are left out: the home county is enough to judge distance.
 */
public record Candidate(String workerId, String householdRegion, GeoPoint home, PovertyStatus povertyStatus,
        double score, Map<String, Double> factors, List<Recommendation.Reason> reasons, List<String> missingSkills) {
}
