package org.laborlink.training.provider.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.platform.store.TransactionLocks;
import org.laborlink.training.provider.domain.ProviderAccount;
import org.laborlink.training.provider.domain.TrainingProvider;

import io.smallrye.mutiny.Uni;

/** Training providers and the accounts linked to them, in training-service's database (in the caller's session). */
@ApplicationScoped
public class ProviderStore {

    public Uni<TrainingProvider> byCreditCode(Mutiny.Session session, String code) {
        return session.createQuery("from TrainingProvider where creditCode = :code", TrainingProvider.class)
                .setParameter("code", code).getSingleResultOrNull();
    }

    public Uni<ProviderAccount> liveAccountOf(Mutiny.Session session, String userId) {
        return session.createQuery("from ProviderAccount where userId = :user and removedAt is null", ProviderAccount.class)
                .setParameter("user", userId).getSingleResultOrNull();
    }

    /** Takes the transaction's locks on these keys (released at commit or rollback). */
    public Uni<Void> lock(Mutiny.Session session, Object... keys) {
        return TransactionLocks.lock(session, keys);
    }
}
