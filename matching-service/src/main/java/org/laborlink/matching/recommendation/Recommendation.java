package org.laborlink.matching.recommendation;

import java.util.List;
import java.util.Map;

import org.laborlink.matching.jobs.JobDocument;

/**
 * One recommended posting for a worker: the posting, its rank score, each factor's share in plain numbers (null when
 * the data to judge it is missing), reasons in Chinese and English, and the must-have skills the worker lacks.
 */
public record Recommendation(
        JobDocument posting,
        double score,
        Map<String, Double> factors,
        List<Reason> reasons,
        List<String> missingSkills) {

    /** A plain-language reason, in both languages the platform serves. */
    public record Reason(String factor, String zh, String en) {
    }
}
