package org.laborlink.workers.account.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.laborlink.platform.accounts.OneTimeCode;
import org.laborlink.platform.store.TransactionLocks;
import org.laborlink.workers.account.domain.LabourFileAccount;
import org.laborlink.workers.account.domain.LinkCode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Labour-file accounts, their link codes and the failed attempts to link, in worker-registry's database. */
@ApplicationScoped
public class LabourFileAccountStore implements PanacheRepositoryBase<LabourFileAccount, UUID> {

    public Uni<LabourFileAccount> liveOfUser(String userId) {
        return find("userId = ?1 and removedAt is null", userId).firstResult();
    }

    public Uni<LabourFileAccount> liveOfFile(UUID workerId) {
        return find("workerId = ?1 and removedAt is null", workerId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The file's account removed last (the one a code's use replaced), or null. */
    public Uni<LabourFileAccount> lastRemovedOfFile(UUID workerId) {
        return find("workerId = ?1 and removedAt is not null order by removedAt desc", workerId).firstResult();
    }

    /** The account's link removed last, or null. */
    public Uni<LabourFileAccount> lastRemovedOfUser(String userId) {
        return find("userId = ?1 and removedAt is not null order by removedAt desc", userId).firstResult();
    }

    /** Serialises the links of one account and of one labour file (failed attempts counted, one live link each). */
    public Uni<Void> lock(Object... keys) {
        return Panache.getSession().chain(s -> TransactionLocks.lock(s, keys));
    }

    public Uni<LinkCode> codeByText(String typed) {
        return Panache.getSession().chain(s -> s.createQuery("from LinkCode where codeHash = :hash", LinkCode.class)
                .setParameter("hash", OneTimeCode.hash(typed)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResultOrNull());
    }

    public Uni<Void> persistCode(LinkCode code) {
        return Panache.getSession().chain(s -> s.persist(code));
    }

    /** Records a failed attempt to link by ID and phone: the ID number's blind index, and the file if it named one. */
    public Uni<Void> failedAttempt(String userId, byte[] idNumberIndex, UUID workerId, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into labour_file_link_attempt "
                        + "(user_id, id_number_index, worker_id, at) values (:user, :index, :worker, :at)")
                .setParameter("user", userId).setParameter("index", idNumberIndex).setParameter("worker", workerId)
                .setParameter("at", at).executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Long> failedAttemptsOfUser(String userId, Instant since) {
        return countOf("select count(*) from labour_file_link_attempt where user_id = :user and at > :since",
                "user", userId, "since", since);
    }

    /** Failed attempts naming this ID number (by its blind index), whether or not a file has it. */
    public Uni<Long> failedAttemptsOnIdNumber(byte[] idNumberIndex, Instant since) {
        return countOf("select count(*) from labour_file_link_attempt where id_number_index = :index and at > :since",
                "index", idNumberIndex, "since", since);
    }

    private static Uni<Long> countOf(String sql, String p1, Object v1, String p2, Object v2) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Long.class).setParameter(p1, v1)
                .setParameter(p2, v2).getSingleResult());
    }
}
