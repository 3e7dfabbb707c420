package org.laborlink.workers.workermessage.domain;

/** What a message to a worker tells her. */
public enum MessageKind {
    OFFER, HIRE, COURSE_PLACE, CLAIM_APPROVED, CLAIM_REJECTED, MATCH_SUGGESTIONS
}
