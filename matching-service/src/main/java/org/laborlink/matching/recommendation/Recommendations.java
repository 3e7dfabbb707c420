package org.laborlink.matching.recommendation;

import java.util.List;

/** A page of recommendations; {@code next} is the cursor for the following page, absent on the last one. */
public record Recommendations(String workerId, List<Recommendation> items, String next) {
}
