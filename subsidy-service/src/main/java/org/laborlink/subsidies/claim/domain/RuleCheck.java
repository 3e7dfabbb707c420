package org.laborlink.subsidies.claim.domain;

import java.util.Map;

/** One rule a claim was held to: its name, whether it passed, in words, and the figures it compared. */
public record RuleCheck(String rule, boolean passed, String detail, Map<String, Object> figures) {
}
