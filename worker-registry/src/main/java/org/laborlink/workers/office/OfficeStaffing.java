package org.laborlink.workers.office;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.accounts.AccountKind;
import org.laborlink.events.accounts.AccountLinked;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.platform.accounts.RealmAccounts;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.workers.office.api.CreateOfficeAccount;
import org.laborlink.workers.office.domain.OfficeAccount;
import org.laborlink.workers.office.store.OfficeAccountStore;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Officers and admins come to exist one way: an admin of a region containing theirs creates their account. The
 * platform creates it in Keycloak with the region attribute and the role set (nobody types them) and Keycloak mails
 * the person a link to set their password; the account and its creator are recorded.
 */
@ApplicationScoped
public class OfficeStaffing {

    private final OfficeAccountStore accounts;
    private final RealmAccounts realm;
    private final AdministrativeDivisions divisions;
    private final EventOutbox outbox;
    private final Clock clock;

    public OfficeStaffing(OfficeAccountStore accounts, RealmAccounts realm, AdministrativeDivisions divisions,
            EventOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.realm = realm;
        this.divisions = divisions;
        this.clock = clock;
    }

    public Uni<OfficeAccount> create(CreateOfficeAccount request, Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw ProblemException.forbidden("admins create officers' and admins' accounts");
        }
        if (divisions.find(request.region()).isEmpty()) {
            throw ProblemException.invalidField("region", "is not a division known to the platform");
        }
        if (!caller.governs(request.region())) {
            throw ProblemException.invalidField("region", "is not within your region " + caller.region().map(Object::toString).orElse("?"));
        }
        String username = request.username().strip();
        String email = request.email().strip().toLowerCase();
        return realm.createPerson(username, email, request.firstName().strip(), request.lastName().strip(), "region",
                request.region(), request.role().realmRole()).chain(userId -> Panache.withTransaction(() -> {
                    OfficeAccount a = new OfficeAccount();
                    a.userId = userId;
                    a.username = username;
                    a.email = email;
                    a.role = request.role();
                    a.region = request.region();
                    a.createdBy = caller.subject();
                    a.createdAt = clock.instant();
                    return accounts.persist(a).call(() -> Panache.getSession().chain(s -> outbox.append(s,
                            new AccountLinked(userId, 1, userId, AccountKind.OFFICE, a.region, a.role.realmRole(),
                                    a.createdBy, a.createdAt))));
                }));
    }

    public Uni<List<OfficeAccount>> within(Caller caller) {
        if (!caller.is(Role.ADMIN) || caller.region().isEmpty()) {
            throw ProblemException.forbidden("admins list the accounts of their region");
        }
        return Panache.withSession(() -> accounts.within(caller.region().get()));
    }
}
