package org.laborlink.workers.verification.store;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.workers.verification.domain.VerificationVisit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Verification visits, newest first per file. */
@ApplicationScoped
public class VerificationVisitRepository implements PanacheRepositoryBase<VerificationVisit, UUID> {

    public Uni<List<VerificationVisit>> ofFile(UUID fileId) {
        return list("fileId = ?1 order by visitedOn desc, recordedAt desc", fileId);
    }
}
