package org.laborlink.jobs.employer.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.laborlink.jobs.employer.domain.EmployerInvitation;
import org.laborlink.platform.accounts.OneTimeCode;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Invitations to act for an employer, found by their code's hash. */
@ApplicationScoped
public class EmployerInvitationRepository implements PanacheRepositoryBase<EmployerInvitation, UUID> {

    /** The invitation a code opens, locked for its one use. */
    public Uni<EmployerInvitation> byCode(String code) {
        return find("codeHash", OneTimeCode.hash(code)).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
