package org.laborlink.subsidies.facts;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * What a fact recorder tells the claims, inside the transaction that records the fact: the claim aggregate
 * implements this, so facts depend on no claim class and claims depend on facts one way only.
 */
public interface ClaimsAwaitingFacts {

    /**
     * Takes the transaction-scoped locks on the ids a fact touches, in the one global order submissions use too, so
     * a claim and its fact arriving at the same moment see each other and never deadlock.
     */
    Uni<Void> lockSubjects(Mutiny.Session session, Object... subjects);

    /** Re-decides the claims waiting for a fact about this worker, hire or employer ({@code column} names which). */
    Uni<Void> factArrived(Mutiny.Session session, String column, Object id);
}
