package org.laborlink.matching.recommendation.api;

import java.util.List;

import org.laborlink.matching.recommendation.domain.Recommendation;

/** A page of recommendations; {@code next} is the cursor for the following page, absent on the last one. */
public record RecommendationPage(String workerId, List<Recommendation> items, String next) {
}
