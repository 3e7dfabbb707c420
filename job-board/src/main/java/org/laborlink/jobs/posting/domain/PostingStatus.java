package org.laborlink.jobs.posting.domain;

/** Where a posting is in its life: draft, open for applications, or ended (filled, closed, expired). */
public enum PostingStatus {
    DRAFT, OPEN, FILLED, CLOSED, EXPIRED
}
