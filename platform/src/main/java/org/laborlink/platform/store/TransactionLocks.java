package org.laborlink.platform.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * PostgreSQL advisory locks held until the transaction ends, one per key (a credit code, a claim's subjects, a
 * province's catalogue): a second writer of the same key waits and then sees the first one's rows. Keys are taken in
 * one global order, so two transactions locking overlapping keys never deadlock.
 */
public final class TransactionLocks {

    private static final String LOCK = "select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked";

    private TransactionLocks() {
    }

    /** Locks each key (nulls skipped, repeats once) in sorted order, inside the session's transaction. */
    public static Uni<Void> lock(Mutiny.Session session, Object... keys) {
        List<String> sorted = Arrays.stream(keys).filter(Objects::nonNull).map(Object::toString).distinct().sorted()
                .toList();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String key : sorted) {
            chain = chain.chain(() -> session.createNativeQuery(LOCK, Integer.class).setParameter("key", key)
                    .getSingleResult().replaceWithVoid());
        }
        return chain;
    }
}
