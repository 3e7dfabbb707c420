package org.laborlink.events.workers;

/** What a verification visit found. */
public enum VerificationOutcome {
    CONFIRMED, CORRECTED, NOT_FOUND, MOVED_AWAY
}
