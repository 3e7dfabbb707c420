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

    /** An open posting of the same employer, occupation, work region and pay: the likely original of a repost. */
    public Uni<Posting> openTwinOf(Posting p) {
        return find("status = ?1 and employerId = ?2 and occupationCode = ?3 and workRegion = ?4 and payMin = ?5 "
                + "and payMax = ?6 and id <> ?7", PostingStatus.OPEN, p.employerId, p.occupationCode, p.workRegion,
                p.payMin, p.payMax, p.id).firstResult();
    }

    /** An employer's postings in one state, locked. */
    public Uni<List<Posting>> ofEmployer(String employerId, PostingStatus status) {
        return find("employerId = ?1 and status = ?2", employerId, status).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Open (or held) postings whose expiry instant has passed, locked, oldest expiry first. */
    public Uni<List<Posting>> openExpiredBy(Instant now, int limit) {
        return find("status in ?1 and expiresAt <= ?2 order by expiresAt", List.of(PostingStatus.OPEN, PostingStatus.SUSPENDED), now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }
}
