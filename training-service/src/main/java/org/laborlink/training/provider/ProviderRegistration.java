package org.laborlink.training.provider;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.accounts.AccountKind;
import org.laborlink.events.accounts.AccountLinked;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.platform.accounts.RealmAccounts;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.CreditCode;
import org.laborlink.training.provider.api.RegisterProvider;
import org.laborlink.training.provider.domain.ProviderAccount;
import org.laborlink.training.provider.domain.TrainingProvider;
import org.laborlink.training.provider.store.ProviderStore;

import io.smallrye.mutiny.Uni;

/**
 * Training providers come to exist like employers: their staff sign up and register them (a credit code registers
 * once), or an officer of their region does; they stand PENDING until an officer of their region verifies or refuses
 * them. The registering account is linked by the platform: provider_id, the provider's region and the provider role.
 */
@ApplicationScoped
public class ProviderRegistration {

    /** A registration's outcome: the provider, and whether this request created it (false: a repeat that relinked). */
    public record Registered(TrainingProvider provider, boolean created) {
    }

    private final Mutiny.SessionFactory sessions;
    private final ProviderStore store;
    private final RealmAccounts realm;
    private final AdministrativeDivisions divisions;
    private final EventOutbox outbox;
    private final Clock clock;

    public ProviderRegistration(Mutiny.SessionFactory sessions, ProviderStore store, RealmAccounts realm,
            AdministrativeDivisions divisions, EventOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.sessions = sessions;
        this.store = store;
        this.realm = realm;
        this.divisions = divisions;
        this.clock = clock;
    }

    public Uni<Registered> register(RegisterProvider request, Caller caller) {
        String code = CreditCode.ofField(request.creditCode());
        if (!divisions.isCounty(request.region())) {
            throw ProblemException.invalidField("region", "is not a county-level division known to the platform");
        }
        boolean byOfficer = caller.governs(request.region());
        if (!byOfficer && (caller.region().isPresent() || !caller.maySignUpAnOrganisation())) {
            throw ProblemException.forbidden(caller.region().isPresent() ? "officers register providers of their own region"
                    : "a provider's staff register it with their own verified account, not yet linked to anything");
        }
        Instant now = clock.instant();
        TrainingProvider p = new TrainingProvider();
        p.id = UUID.randomUUID().toString();
        p.version = 1;
        p.name = request.name().strip();
        p.creditCode = code;
        p.region = request.region();
        p.address = request.address();
        p.standing = TrainingProvider.Standing.PENDING;
        p.registeredBy = caller.subject();
        p.registeredAt = now;
        p.updatedAt = now;
        Uni<Void> mayLink = byOfficer ? Uni.createFrom().voidItem()
                : realm.mayLink(caller.subject(), java.util.Set.of("provider_id", "region"));
        return mayLink.chain(() -> sessions.withTransaction(session -> store.lock(session, "provider-credit-code:" + code, "provider-account:" + caller.subject())
                .chain(() -> byOfficer ? Uni.createFrom().<ProviderAccount>nullItem() : store.liveAccountOf(session, caller.subject()))
                .chain(own -> store.byCreditCode(session, code).map(existing -> {
                    if (existing != null && own != null && own.providerId.equals(existing.id)) {
                        return new Registered(existing, false); // a repeat after the account link failed: link again
                    }
                    if (existing != null) {
                        throw ProblemException.duplicate("duplicate-provider", "a provider with this credit code is registered",
                                "/api/v1/providers/" + existing.id, "creditCode");
                    }
                    if (own != null) {
                        throw ProblemException.duplicate("account-already-linked", "this account already acts for provider "
                                + own.providerId, "/api/v1/providers/" + own.providerId);
                    }
                    return new Registered(p, true);
                }))
                .call(r -> !r.created() ? Uni.createFrom().voidItem() : session.persist(p).chain(() -> byOfficer
                        ? Uni.createFrom().voidItem()
                        : linkStaff(session, p, caller, now)))))
                .call(r -> byOfficer ? Uni.createFrom().voidItem()
                        : realm.link(caller.subject(), Map.of("provider_id", r.provider().id, "region", r.provider().region),
                                "provider"));
    }

    private Uni<Void> linkStaff(Mutiny.Session session, TrainingProvider p, Caller caller, Instant now) {
        ProviderAccount staff = ProviderAccount.link(p.id, caller.subject(), caller.username().orElse(null), caller.subject(), now);
        return session.persist(staff).chain(() -> outbox.append(session, new AccountLinked(staff.id.toString(), 1,
                staff.userId, AccountKind.TRAINING_PROVIDER, p.id, "provider", staff.linkedBy, staff.linkedAt))).replaceWithVoid();
    }

    /** The provider, if it is verified or the caller is its staff or an officer of its region (404 otherwise). */
    public Uni<TrainingProvider> get(String id, Caller caller) {
        return sessions.withSession(session -> session.find(TrainingProvider.class, id)).map(p -> {
            boolean own = caller.providerId().filter(id::equals).isPresent();
            if (p == null || (p.standing != TrainingProvider.Standing.VERIFIED && !own && !caller.governs(p.region))) {
                throw ProblemException.notFound("provider", id);
            }
            return p;
        });
    }

    public Uni<TrainingProvider> verify(String id, Caller caller) {
        return decide(id, caller, (p, now) -> p.verify(caller.subject(), now));
    }

    public Uni<TrainingProvider> refuse(String id, String reason, Caller caller) {
        return decide(id, caller, (p, now) -> p.refuse(reason, caller.subject(), now));
    }

    /** An officer of the provider's region decides on it (404 for other regions). */
    private Uni<TrainingProvider> decide(String id, Caller caller, BiConsumer<TrainingProvider, Instant> decision) {
        return sessions.withTransaction(session -> store.lock(session, "provider-id:" + id)
                .chain(() -> session.find(TrainingProvider.class, id)).map(p -> {
                    if (p == null || !caller.governs(p.region)) {
                        throw ProblemException.notFound("provider", id);
                    }
                    decision.accept(p, clock.instant());
                    return p;
                }));
    }
}
