package org.laborlink.jobs.employer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.employers.EmployerChanged.Standing;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.jobs.employer.api.InviteColleague;
import org.laborlink.jobs.employer.domain.Employer;
import org.laborlink.jobs.employer.domain.EmployerAccount;
import org.laborlink.jobs.employer.domain.EmployerInvitation;
import org.laborlink.jobs.employer.store.EmployerAccountRepository;
import org.laborlink.jobs.employer.store.EmployerInvitationRepository;
import org.laborlink.jobs.employer.store.EmployerRepository;
import org.laborlink.platform.accounts.RealmAccounts;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Who acts for an employer: its account admin invites colleagues (a code shown to the inviter, for an e-mail address
 * or a phone number) and removes them; an officer of its region may do both, and invites the first HR of an employer
 * the office registered (who becomes its account admin). The platform links and unlinks the accounts in Keycloak; a
 * removed account's sessions end, so its next token refresh is refused.
 */
@ApplicationScoped
public class EmployerTeam {

    private final EmployerRepository employers;
    private final EmployerAccountRepository accounts;
    private final EmployerInvitationRepository invitations;
    private final RealmAccounts realm;
    private final EventOutbox outbox;
    private final Clock clock;

    public EmployerTeam(EmployerRepository employers, EmployerAccountRepository accounts,
            EmployerInvitationRepository invitations, RealmAccounts realm, EventOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.employers = employers;
        this.accounts = accounts;
        this.invitations = invitations;
        this.realm = realm;
        this.clock = clock;
    }

    /** The employer's accounts, live and removed: for its HR and officers of its region. */
    public Uni<List<EmployerAccount>> of(String employerId, Caller caller) {
        return Panache.withSession(() -> allowed(employerId, caller, false).chain(e -> accounts.ofEmployer(e.id)));
    }

    public Uni<EmployerInvitation.Issued> invite(String employerId, InviteColleague request, Caller caller) {
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip().toLowerCase();
        String phone = request.phone() == null || request.phone().isBlank() ? null : request.phone().strip();
        if (email == null && phone == null) {
            throw ProblemException.invalidField("email", "name the colleague's e-mail address or phone number");
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> allowed(employerId, caller, true).chain(e -> {
            if (e.standing == Standing.REFUSED) {
                throw ProblemException.conflict("employer-standing", "employer " + e.id + " was refused by its labour office");
            }
            return accounts.liveAdminsOf(e.id).chain(admins -> {
                EmployerInvitation.Issued issued = EmployerInvitation.issue(e.id, email, phone, admins == 0, caller.subject(), now);
                return invitations.persist(issued.invitation()).replaceWith(issued);
            });
        }));
    }

    /** The caller (an account not yet linked to anything) accepts an invitation: they act for its employer. */
    public Uni<EmployerAccount> accept(String code, Caller caller) {
        Instant now = clock.instant();
        return realm.mayLink(caller.subject(), Set.of(EmployerRegistration.EMPLOYER_ATTRIBUTE)).chain(() -> Panache.withTransaction(() -> employers.lock("employer-account:" + caller.subject())
                .chain(() -> invitations.byCode(code)).chain(inv -> {
                    if (inv == null || (inv.used() && !caller.subject().equals(inv.acceptedBy))) {
                        throw new ProblemException(404, "not-found", "Not found", "code: no open invitation has this code",
                                List.of(new Problem.FieldError("code", "no open invitation has this code (unknown or used)")));
                    }
                    return accounts.liveOf(caller.subject()).chain(own -> {
                        if (inv.used()) {
                            if (own != null && own.employerId.equals(inv.employerId)) {
                                return Uni.createFrom().item(own); // a repeat after the account link failed: link again
                            }
                            throw new ProblemException(404, "not-found", "Not found", "code: no open invitation has this code",
                                    List.of(new Problem.FieldError("code", "no open invitation has this code (unknown or used)")));
                        }
                        if (own != null) {
                            throw ProblemException.duplicate("account-already-linked", "this account already acts for employer "
                                    + own.employerId, "/api/v1/employers/" + own.employerId);
                        }
                        if (!caller.isUnlinkedPerson()) {
                            throw ProblemException.forbidden("this account acts for a labour file, a training provider, a "
                                    + "region or a province; accept the invitation with the colleague's own account");
                        }
                        if (inv.expired(now)) {
                            throw new ProblemException(410, "invitation-expired", "Gone", "code: the invitation expired at "
                                    + inv.expiresAt + "; ask for a new one", List.of(new Problem.FieldError("code",
                                            "the invitation expired at " + inv.expiresAt)));
                        }
                        if (inv.email != null && (!caller.emailVerified()
                                || !inv.email.equalsIgnoreCase(caller.email().orElse("")))) {
                            throw new ProblemException(403, "invitation-for-another-address", "Forbidden",
                                    "code: this invitation was made for another (verified) e-mail address",
                                    List.of(new Problem.FieldError("code", "made for another e-mail address")));
                        }
                        inv.accept(caller.subject(), now);
                        EmployerAccount account = EmployerAccount.link(inv.employerId, caller.subject(),
                                caller.username().orElse(null), caller.email().orElse(null), inv.accountAdmin, inv.madeBy, now);
                        return accounts.persist(account).call(() -> Panache.getSession()
                                .chain(s -> outbox.append(s, account.linked())));
                    });
                })))
                .call(a -> realm.link(a.userId, EmployerRegistration.EMPLOYER_ATTRIBUTE, a.employerId.toString(),
                        EmployerRegistration.EMPLOYER_ROLE));
    }

    /**
     * Removes an account from the employer: the account admin or an officer of its region. An admin cannot remove
     * the employer's last admin (themselves); repeating a removal unlinks the account in Keycloak again.
     */
    public Uni<EmployerAccount> remove(String employerId, String accountId, Caller caller) {
        UUID id = PathIds.uuid("account", accountId);
        Instant now = clock.instant();
        return Panache.withTransaction(() -> allowed(employerId, caller, true).chain(e -> employers.lock("employer-id:" + e.id)
                .chain(() -> accounts.findById(id)).chain(a -> {
                    if (a == null || !a.employerId.equals(e.id)) {
                        throw ProblemException.notFound("account", accountId);
                    }
                    if (!a.live()) {
                        // a repeat unlinks again only an account that acts for no employer now (it may have joined another)
                        return accounts.liveOf(a.userId).map(elsewhere -> elsewhere == null ? a : null);
                    }
                    Uni<Long> admins = a.accountAdmin && !caller.governs(e.region) ? accounts.liveAdminsOf(e.id)
                            : Uni.createFrom().item(Long.MAX_VALUE);
                    return admins.map(n -> {
                        if (n <= 1) {
                            throw ProblemException.conflict("last-account-admin", "account " + a.id + " is the employer's "
                                    + "last account admin; invite another admin first, or ask an officer of its region");
                        }
                        a.remove(caller.subject(), now);
                        return a;
                    }).call(removed -> Panache.getSession().chain(s -> outbox.append(s, removed.unlinked())))
                            // what the removed account invited and nobody accepted yet is void
                            .call(removed -> invitations.update("expiresAt = ?1 where madeBy = ?2 and acceptedAt is null "
                                    + "and expiresAt > ?1", now, removed.userId));
                })))
                .call(a -> a == null ? Uni.createFrom().voidItem()
                        : realm.unlink(a.userId, EmployerRegistration.EMPLOYER_ATTRIBUTE, EmployerRegistration.EMPLOYER_ROLE))
                .chain(a -> a != null ? Uni.createFrom().item(a) : Panache.withSession(() -> accounts.findById(id)));
    }

    /**
     * The employer, if the caller may manage its accounts: officers of its region, its account admin (or, to read,
     * any of its HR). Anyone else gets 404; its HR who are not admins get 403 for changes.
     */
    private Uni<Employer> allowed(String employerId, Caller caller, boolean change) {
        UUID id = PathIds.uuid("employer", employerId);
        return employers.findById(id).chain(e -> {
            if (e == null) {
                throw ProblemException.notFound("employer", employerId);
            }
            if (caller.governs(e.region)) {
                return Uni.createFrom().item(e);
            }
            return accounts.liveOf(caller.subject()).map(own -> {
                if (own == null || !own.employerId.equals(id)) {
                    throw ProblemException.notFound("employer", employerId);
                }
                if (change && !own.accountAdmin) {
                    throw ProblemException.forbidden("only the employer's account admin invites and removes its accounts");
                }
                return e;
            });
        });
    }
}
