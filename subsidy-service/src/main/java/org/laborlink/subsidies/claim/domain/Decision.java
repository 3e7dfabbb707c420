package org.laborlink.subsidies.claim.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the programme's rules made of a claim: the rules and their figures, the facts still missing (while it waits),
 * the amount decided and a note when it differs from the amount claimed. Money in yuan.
 */
public record Decision(List<RuleCheck> rules, List<String> missingFacts, BigDecimal amount, String note) {

    public List<String> failedRules() {
        return rules.stream().filter(r -> !r.passed()).map(RuleCheck::rule).toList();
    }
}
