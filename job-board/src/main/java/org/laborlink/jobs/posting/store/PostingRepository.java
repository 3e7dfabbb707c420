package org.laborlink.jobs.posting.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.laborlink.jobs.posting.domain.Posting;
import org.laborlink.jobs.posting.domain.PostingStatus;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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

    /**
     * A page of an employer's postings (in one state, or all), newest first, after the posting {@code after} (null:
     * the first page); with {@code workRegionPrefix}, only the open ones and those whose work region has it. Null
     * when {@code after} is no posting of this employer.
     */
    public Uni<List<Posting>> pageOfEmployer(String employerId, PostingStatus status, String workRegionPrefix, UUID after,
            int limit) {
        Uni<Posting> cursor = after == null ? Uni.createFrom().nullItem() : findById(after);
        return cursor.chain(c -> {
            if (after != null && (c == null || !c.employerId.equals(employerId))) {
                return Uni.createFrom().nullItem();
            }
            StringBuilder query = new StringBuilder("employerId = :employer");
            Parameters parameters = Parameters.with("employer", employerId);
            if (status != null) {
                query.append(" and status = :status");
                parameters.and("status", status);
            }
            if (workRegionPrefix != null) {
                query.append(" and (status = :open or workRegion like :prefix)");
                parameters.and("open", PostingStatus.OPEN).and("prefix", workRegionPrefix + "%");
            }
            if (c != null) {
                query.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
                parameters.and("at", c.createdAt).and("id", c.id);
            }
            return find(query.append(" order by createdAt desc, id desc").toString(), parameters).page(0, limit).list();
        });
    }
}
