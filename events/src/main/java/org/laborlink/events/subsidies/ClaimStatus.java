package org.laborlink.events.subsidies;

/** Where a subsidy claim stands: submitted → approved / rejected → paid; an approval can be reversed before payment. */
public enum ClaimStatus {
    /** A fact the rules need has not arrived yet; decided when it does. */
    WAITING_FOR_FACTS,
    /** The facts meet the programme's rules; an officer of the region approves or rejects it. */
    SUBMITTED,
    APPROVED,
    REJECTED,
    PAID,
    REVERSED
}
