package org.laborlink.jobs.posting.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.laborlink.jobs.posting.domain.Posting;
import org.laborlink.jobs.posting.domain.PostingStatus;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Postings in job-board's database. */
@ApplicationScoped
public class PostingRepository implements PanacheRepositoryBase<Posting, UUID> {

    /** Open postings whose expiry instant has passed, locked, oldest expiry first. */
    public Uni<List<Posting>> openExpiredBy(Instant now, int limit) {
        return find("status = ?1 and expiresAt <= ?2 order by expiresAt", PostingStatus.OPEN, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }
}
