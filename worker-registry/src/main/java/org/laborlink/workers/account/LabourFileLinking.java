package org.laborlink.workers.account;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.platform.accounts.RealmAccounts;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.workers.account.api.LinkLabourFile;
import org.laborlink.workers.account.domain.LabourFileAccount;
import org.laborlink.workers.account.domain.LinkCode;
import org.laborlink.workers.account.store.LabourFileAccountStore;
import org.laborlink.workers.identity.domain.ResidentIdNumber;
import org.laborlink.workers.identity.store.PersonalDataCipher;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.labourfile.store.LabourFileRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A worker's account comes to act for their labour file two ways: the worker proves who they are (their resident ID
 * number and the phone number on the file, both matched by blind index; failed attempts are limited per account and
 * per ID number, whether a file has it or not), or types the one-time code an officer of the household region handed
 * them (which also re-links a file whose phone number changed, unlinking the account linked before). The platform
 * sets the account's worker_id and worker role; a worker sees and unlinks their own link.
 */
@ApplicationScoped
public class LabourFileLinking {

    static final String WORKER_ATTRIBUTE = "worker_id";
    static final String WORKER_ROLE = "worker";

    private final LabourFileAccountStore accounts;
    private final LabourFileRepository files;
    private final PersonalDataCipher cipher;
    private final RealmAccounts realm;
    private final EventOutbox outbox;
    private final Clock clock;
    private final int attemptsPerAccountPerHour;
    private final int attemptsPerIdNumberPerDay;

    public LabourFileLinking(LabourFileAccountStore accounts, LabourFileRepository files, PersonalDataCipher cipher,
            RealmAccounts realm, EventOutbox outbox, Clock clock,
            @ConfigProperty(name = "laborlink.accounts.link-attempts-per-account-hour", defaultValue = "5") int perAccount,
            @ConfigProperty(name = "laborlink.accounts.link-attempts-per-id-number-day", defaultValue = "10") int perIdNumber) {
        this.accounts = accounts;
        this.files = files;
        this.cipher = cipher;
        this.realm = realm;
        this.outbox = outbox;
        this.clock = clock;
        this.attemptsPerAccountPerHour = perAccount;
        this.attemptsPerIdNumberPerDay = perIdNumber;
    }

    /** An officer of the file's household region issues a code to hand over (404 for anyone else). */
    public Uni<LinkCode.Issued> issueCode(UUID workerId, Caller caller) {
        return Panache.withTransaction(() -> files.findById(workerId).chain(file -> {
            if (file == null || !caller.governs(file.householdRegion)) {
                throw ProblemException.notFound("labour file", workerId);
            }
            LinkCode.Issued issued = LinkCode.issue(workerId, caller.subject(), clock.instant());
            return accounts.persistCode(issued.code()).replaceWith(issued);
        }));
    }

    /** What a link attempt came to: the new link, or the refusal to answer once the failed attempt is recorded. */
    private record Outcome(LabourFileAccount linked, LabourFileAccount replaced, ProblemException refusal) {
    }

    public Uni<LabourFileAccount> link(LinkLabourFile request, Caller caller) {
        boolean byCode = request.code() != null && !request.code().isBlank();
        if (!byCode && (request.idNumber() == null || request.phone() == null)) {
            throw ProblemException.invalidField(request.idNumber() == null ? "idNumber" : "phone",
                    "give your resident ID number and phone number, or the code an officer gave you");
        }
        ResidentIdNumber idNumber = byCode ? null : parse(request.idNumber());
        Instant now = clock.instant();
        return realm.mayLink(caller.subject(), Set.of(WORKER_ATTRIBUTE)).chain(() -> Panache.withTransaction(() -> accounts
                .lock("labour-file-link-user:" + caller.subject()).chain(() -> accounts.liveOfUser(caller.subject())).chain(own -> {
            if (own == null && !caller.isUnlinkedPerson()) {
                throw ProblemException.forbidden("this account acts for an employer, a training provider, a region or a "
                        + "province; a worker links a labour file with an account of their own");
            }
            return byCode ? byCode(request.code(), caller, now, own) : byIdAndPhone(idNumber, request.phone(), caller, now, own);
        }))).map(outcome -> {
            if (outcome.refusal() != null) {
                throw outcome.refusal(); // after the failed attempt was committed
            }
            return outcome;
        }).call(outcome -> outcome.replaced() == null ? Uni.createFrom().voidItem()
                : realm.unlink(outcome.replaced().userId, WORKER_ATTRIBUTE, WORKER_ROLE))
                .call(outcome -> realm.link(caller.subject(), WORKER_ATTRIBUTE, outcome.linked().workerId.toString(), WORKER_ROLE))
                .map(Outcome::linked);
    }

    /** A repeat of the request that linked the account (its Keycloak link failed): linked again; anything else 409. */
    private static Outcome alreadyLinked(LabourFileAccount own, UUID requested) {
        if (own.workerId.equals(requested)) {
            return new Outcome(own, null, null);
        }
        throw ProblemException.duplicate("account-already-linked", "this account already acts for labour file "
                + own.workerId, "/api/v1/workers/" + own.workerId);
    }

    private Uni<Outcome> byIdAndPhone(ResidentIdNumber idNumber, String phone, Caller caller, Instant now,
            LabourFileAccount own) {
        byte[] idIndex = cipher.blindIndex(idNumber.value());
        return accounts.failedAttemptsOfUser(caller.subject(), now.minus(Duration.ofHours(1))).chain(byUser -> {
            if (byUser >= attemptsPerAccountPerHour) {
                throw tooMany(attemptsPerAccountPerHour + " failed attempts from this account in the last hour", 3600);
            }
            // counted per ID number whether or not a file has it: the answer tells nobody which numbers are registered
            return accounts.lock("labour-file-link-id:" + java.util.HexFormat.of().formatHex(idIndex))
                    .chain(() -> accounts.failedAttemptsOnIdNumber(idIndex, now.minus(Duration.ofDays(1))));
        }).chain(onNumber -> {
            if (onNumber >= attemptsPerIdNumberPerDay) {
                throw tooMany("too many failed attempts with this ID number today; ask an officer of your household "
                        + "region for a code", 24 * 3600);
            }
            return files.findByIdNumberIndex(idIndex);
        }).chain(file -> (file == null ? Uni.createFrom().voidItem() : accounts.lock("labour-file-link-file:" + file.id))
                .chain(() -> {
            if (file == null || file.phoneIndex == null || !MessageDigest.isEqual(file.phoneIndex, cipher.blindIndex(phone))) {
                return accounts.failedAttempt(caller.subject(), idIndex, file == null ? null : file.id, now)
                        .replaceWith(new Outcome(null, null, new ProblemException(404, "no-matching-labour-file", "Not found",
                                "no labour file has this ID number with this phone number; check both, or ask an officer "
                                        + "of your household region for a code",
                                List.of(new Problem.FieldError("idNumber", "no labour file matches with this phone number"),
                                        new Problem.FieldError("phone", "no labour file matches with this ID number")))));
            }
            if (own != null) {
                return Uni.createFrom().item(alreadyLinked(own, file.id));
            }
            return accounts.liveOfFile(file.id).chain(current -> {
                if (current != null) {
                    String detail = "another account acts for this labour file; an officer of your household region can "
                            + "give you a code to link yours instead";
                    throw new ProblemException(409, "labour-file-already-linked", "Conflict", detail,
                            List.of(new Problem.FieldError("idNumber", detail)));
                }
                return persist(file, caller, LabourFileAccount.How.ID_AND_PHONE, caller.subject(), now, null);
            });
        }));
    }

    private Uni<Outcome> byCode(String text, Caller caller, Instant now, LabourFileAccount own) {
        return accounts.codeByText(text).chain(code -> {
            if (code != null && own != null && code.used() && caller.subject().equals(code.usedBy)) {
                Outcome again = alreadyLinked(own, code.workerId);
                // the account this code's use replaced is unlinked in Keycloak again (the first try may have failed)
                return accounts.lastRemovedOfFile(code.workerId).chain(replaced -> replaced == null
                        || replaced.userId.equals(caller.subject()) ? Uni.createFrom().item(again)
                        : accounts.liveOfUser(replaced.userId).map(elsewhere -> elsewhere != null ? again
                                : new Outcome(again.linked(), replaced, null)));
            }
            if (code != null && own != null && !code.used() && !code.expired(now)) {
                Outcome again = alreadyLinked(own, code.workerId); // a code for the file this account already acts for
                code.use(caller.subject(), now);
                return Uni.createFrom().item(again);
            }
            if (code == null || code.used()) {
                throw new ProblemException(404, "not-found", "Not found", "code: no open link code has this text",
                        List.of(new Problem.FieldError("code", "no open link code has this text (unknown or used)")));
            }
            if (code.expired(now)) {
                throw new ProblemException(410, "link-code-expired", "Gone", "code: the link code expired at "
                        + code.expiresAt + "; ask the officer for a new one",
                        List.of(new Problem.FieldError("code", "expired at " + code.expiresAt)));
            }
            code.use(caller.subject(), now);
            return accounts.lock("labour-file-link-file:" + code.workerId).chain(() -> files.findById(code.workerId))
                    .chain(file -> accounts.liveOfFile(file.id).chain(current -> {
                if (current != null) {
                    current.remove(code.madeBy, now); // the officer re-links the file (a new phone, a new account)
                }
                return persist(file, caller, LabourFileAccount.How.OFFICER_CODE, code.madeBy, now, current);
            }));
        });
    }

    private Uni<Outcome> persist(LabourFile file, Caller caller, LabourFileAccount.How how, String by, Instant now,
            LabourFileAccount replaced) {
        LabourFileAccount account = LabourFileAccount.link(file.id, caller.subject(), caller.username().orElse(null), how, by, now);
        // the replaced row must be written before the new live one (one live account per file)
        return Panache.getSession().chain(s -> (replaced == null ? Uni.createFrom().voidItem()
                : s.flush().chain(() -> outbox.append(s, replaced.unlinked())).replaceWithVoid())
                .chain(() -> s.persist(account)).chain(() -> outbox.append(s, account.linked())))
                .replaceWith(new Outcome(account, replaced, null));
    }

    /** The caller's own link, or 404. */
    public Uni<LabourFileAccount> own(Caller caller) {
        return Panache.withSession(() -> accounts.liveOfUser(caller.subject()).map(a -> {
            if (a == null) {
                throw ProblemException.notFound("labour file link of this account", caller.subject());
            }
            return a;
        }));
    }

    /** The worker unlinks their own account: worker_id and the role go, their sessions end. */
    public Uni<LabourFileAccount> unlinkOwn(Caller caller) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> accounts.liveOfUser(caller.subject()).chain(a -> {
            if (a != null) {
                a.remove(caller.subject(), now);
                return Panache.getSession().chain(s -> outbox.append(s, a.unlinked())).replaceWith(a);
            }
            // a repeat after the Keycloak call failed: the token still names the file, the link is gone here
            return caller.workerId().isEmpty() ? Uni.createFrom().<LabourFileAccount>nullItem()
                    : accounts.lastRemovedOfUser(caller.subject());
        })).map(a -> {
            if (a == null) {
                throw ProblemException.notFound("labour file link of this account", caller.subject());
            }
            return a;
        }).call(a -> realm.unlink(a.userId, WORKER_ATTRIBUTE, WORKER_ROLE));
    }

    private static ResidentIdNumber parse(String idNumber) {
        try {
            return ResidentIdNumber.parse(idNumber);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("idNumber", e.getMessage());
        }
    }

    private static ProblemException tooMany(String detail, int retryAfterSeconds) {
        return new ProblemException(429, "too-many-link-attempts", "Too many requests", detail + "; try again in "
                + retryAfterSeconds / 60 + " minutes", List.of(new Problem.FieldError("phone", detail)));
    }
}
