package org.laborlink.jobs.posting.domain;

/**
 * Where a posting is in its life. Workers and matching see a posting exactly while it is OPEN, and a posting opens
 * only through {@link PostingGate}: DRAFT to OPEN on publication, SUSPENDED back to OPEN when its employer is
 * reinstated. An OPEN posting is SUSPENDED while its employer is, and ends FILLED, CLOSED or EXPIRED.
 */
public enum PostingStatus {
    DRAFT, OPEN, SUSPENDED, FILLED, CLOSED, EXPIRED
}
