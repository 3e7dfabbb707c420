package org.laborlink.jobs.employer;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.employers.EmployerChanged;
import org.laborlink.events.employers.EmployerChanged.Standing;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.jobs.employer.api.RegisterEmployer;
import org.laborlink.platform.reference.CreditCode;
import org.laborlink.jobs.employer.domain.Employer;
import org.laborlink.jobs.employer.domain.EmployerAccount;
import org.laborlink.jobs.employer.store.EmployerAccountRepository;
import org.laborlink.jobs.employer.store.EmployerRepository;
import org.laborlink.jobs.posting.PostingPublication;
import org.laborlink.platform.accounts.RealmAccounts;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Employers come to exist two ways: an HR person signs up and registers their employer (a unified social credit code
 * registers once), becoming its account admin, or an officer registers one of their region. Either way it stands
 * PENDING until an officer of its region verifies or refuses it; a verified employer may be suspended (its open
 * postings are held) and reinstated. Each change is published as employer-changed.
 */
@ApplicationScoped
public class EmployerRegistration {

    /** The scope attribute and realm role an HR account carries once linked. */
    static final String EMPLOYER_ATTRIBUTE = "employer_id";
    static final String EMPLOYER_ROLE = EmployerAccount.EMPLOYER_ROLE;

    /** A registration's outcome: the employer, and whether this request created it (false: a repeat that relinked). */
    public record Registered(Employer employer, boolean created) {
    }

    private final EmployerRepository employers;
    private final EmployerAccountRepository accounts;
    private final PostingPublication postings;
    private final RealmAccounts realm;
    private final EventOutbox outbox;
    private final AdministrativeDivisions divisions;
    private final Clock clock;

    public EmployerRegistration(EmployerRepository employers, EmployerAccountRepository accounts,
            PostingPublication postings, RealmAccounts realm, EventOutbox outbox, AdministrativeDivisions divisions,
            Clock clock) {
        this.employers = employers;
        this.accounts = accounts;
        this.postings = postings;
        this.realm = realm;
        this.outbox = outbox;
        this.divisions = divisions;
        this.clock = clock;
    }

    public Uni<Registered> register(RegisterEmployer request, Caller caller) {
        String code = CreditCode.ofField(request.creditCode());
        if (!divisions.isCounty(request.region())) {
            throw ProblemException.invalidField("region", "is not a county-level division known to the platform");
        }
        boolean byOfficer = caller.governs(request.region());
        if (!byOfficer) {
            if (caller.region().isPresent()) {
                throw ProblemException.forbidden("officers register employers of their own region");
            }
            if (!caller.isUnlinkedPerson()) {
                throw ProblemException.forbidden("this account already acts for an employer, a labour file, a training "
                        + "provider or a province; an employer's HR signs up with an account of their own");
            }
            if (!caller.emailVerified()) {
                throw ProblemException.forbidden("verify your e-mail address first (follow the link Keycloak mailed you)");
            }
        }
        Employer e = newEmployer(request, code, caller);
        // one registration of a credit code at a time: a concurrent duplicate waits, then gets its 409
        Uni<Void> mayLink = byOfficer ? Uni.createFrom().voidItem() : realm.mayLink(caller.subject(), Set.of(EMPLOYER_ATTRIBUTE));
        return mayLink.chain(() -> Panache.withTransaction(() -> employers.lock("employer-credit-code:" + code, "employer-account:" + caller.subject())
                .chain(() -> byOfficer ? Uni.createFrom().<EmployerAccount>nullItem() : accounts.liveOf(caller.subject()))
                .chain(own -> employers.byCreditCode(code).map(existing -> {
                    if (existing != null && own != null && own.employerId.equals(existing.id) && own.accountAdmin) {
                        return new Registered(existing, false); // a repeat after the account link failed: link again
                    }
                    if (existing != null) {
                        throw ProblemException.duplicate("duplicate-employer", "an employer with this credit code is registered",
                                "/api/v1/employers/" + existing.id, "creditCode");
                    }
                    if (own != null) {
                        throw ProblemException.duplicate("account-already-linked", "this account already acts for employer "
                                + own.employerId, "/api/v1/employers/" + own.employerId);
                    }
                    return new Registered(e, true);
                }))
                .call(r -> !r.created() ? Uni.createFrom().voidItem()
                        : employers.persist(e).chain(Panache::getSession).chain(s -> outbox.append(s, e.changed())
                                .chain(() -> byOfficer ? Uni.createFrom().voidItem() : linkAdmin(s, e, caller))))))
                .call(r -> byOfficer ? Uni.createFrom().voidItem()
                        : realm.link(caller.subject(), EMPLOYER_ATTRIBUTE, r.employer().id.toString(), EMPLOYER_ROLE));
    }

    /** The registering HR person's account becomes the employer's account admin (announced on accounts.v1). */
    private Uni<Void> linkAdmin(Mutiny.Session session, Employer e, Caller caller) {
        EmployerAccount admin = EmployerAccount.link(e.id, caller.subject(), caller.username().orElse(null),
                caller.email().orElse(null), true, caller.subject(), e.registeredAt);
        return accounts.persist(admin).chain(() -> outbox.append(session, admin.linked())).replaceWithVoid();
    }

    private Employer newEmployer(RegisterEmployer request, String code, Caller caller) {
        Instant now = clock.instant();
        Employer e = new Employer();
        e.id = UUID.randomUUID();
        e.version = 1;
        e.name = request.name().strip();
        e.creditCode = code;
        e.region = request.region();
        e.address = request.address();
        if (request.location() != null) {
            e.lat = request.location().lat();
            e.lon = request.location().lon();
        }
        e.industry = request.industry();
        e.sme = Boolean.TRUE.equals(request.sme());
        e.labourInputBase = Boolean.TRUE.equals(request.labourInputBase());
        e.povertyAlleviationWorkshop = Boolean.TRUE.equals(request.povertyAlleviationWorkshop());
        e.helpingCompany = Boolean.TRUE.equals(request.helpingCompany());
        e.standing = Standing.PENDING;
        e.registeredBy = caller.subject();
        e.registeredAt = now;
        e.updatedAt = now;
        return e;
    }

    /** An officer of the employer's region confirms it exists and is what it says; repeating it changes nothing. */
    public Uni<Employer> verify(String id, Caller caller) {
        return decide(id, caller, (e, now) -> e.standing == Standing.VERIFIED ? null : e.verify(caller.subject(), now));
    }

    public Uni<Employer> refuse(String id, String reason, Caller caller) {
        return decide(id, caller, (e, now) -> e.refuse(reason, caller.subject(), now));
    }

    /** Suspends a verified employer: its open postings are held at once (they leave the index); its claims wait. */
    public Uni<Employer> suspend(String id, String reason, Caller caller) {
        return decide(id, caller, (e, now) -> e.suspend(reason, caller.subject(), now));
    }

    public Uni<Employer> reinstate(String id, Caller caller) {
        return decide(id, caller, (e, now) -> e.reinstate(caller.subject(), now));
    }

    /** Applies an officer's decision on an employer of their region (404 elsewhere), with its postings' consequences. */
    private Uni<Employer> decide(String id, Caller caller, BiFunction<Employer, Instant, EmployerChanged> decision) {
        UUID employerId = PathIds.uuid("employer", id);
        return Panache.withTransaction(() -> employers.lock("employer-id:" + employerId)
                .chain(() -> employers.findById(employerId)).chain(e -> {
                    if (e == null || !caller.governs(e.region)) {
                        throw ProblemException.notFound("employer", id);
                    }
                    Standing before = e.standing;
                    EmployerChanged changed = decision.apply(e, clock.instant());
                    if (changed == null) {
                        return Uni.createFrom().item(e);
                    }
                    Uni<Integer> consequences = changed.standing() == Standing.SUSPENDED ? postings.holdAllOf(e.id.toString())
                            : before == Standing.SUSPENDED ? postings.reopenAllOf(e.id.toString())
                            : Uni.createFrom().item(0);
                    return consequences.chain(Panache::getSession).chain(s -> outbox.append(s, changed)).replaceWith(e);
                }));
    }
}
