package org.laborlink.matching.recommendation.api;

import org.laborlink.matching.recommendation.api.RecommendationPage;
import org.laborlink.matching.recommendation.domain.Recommendation;
import java.util.List;

/** A page of recommendations; {@code next} is the cursor for the following page, absent on the last one. */
public record RecommendationPage(String workerId, List<Recommendation> items, String next) {
}
