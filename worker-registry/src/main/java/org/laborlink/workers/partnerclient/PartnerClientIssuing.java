package org.laborlink.workers.partnerclient;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.accounts.AccountKind;
import org.laborlink.events.accounts.AccountLinked;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.platform.accounts.PartnerClients;
import org.laborlink.platform.accounts.PartnerClients.Credentials;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.workers.partnerclient.api.CreatePartnerClient;
import org.laborlink.workers.partnerclient.domain.PartnerClient;
import org.laborlink.workers.partnerclient.store.PartnerClientStore;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A province's admin creates the clients its systems exchange data with (client credentials, the province claim set
 * by the platform) and rotates their secrets; the secret is shown once, the old one refused from then on. Each
 * creation and rotation is recorded with who did it.
 */
@ApplicationScoped
public class PartnerClientIssuing {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PartnerClientStore clients;
    private final PartnerClients realm;
    private final AdministrativeDivisions divisions;
    private final EventOutbox outbox;
    private final Clock clock;

    public PartnerClientIssuing(PartnerClientStore clients, PartnerClients realm, AdministrativeDivisions divisions,
            EventOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clients = clients;
        this.realm = realm;
        this.divisions = divisions;
        this.clock = clock;
    }

    public Uni<Credentials> create(CreatePartnerClient request, Caller caller) {
        if (!divisions.isProvince(request.province())) {
            throw ProblemException.invalidField("province", "is not a province-level division");
        }
        if (!caller.is(Role.ADMIN) || !caller.governs(request.province())) {
            throw ProblemException.forbidden("an admin of the province creates its partner clients");
        }
        String clientId = "partner-" + request.province() + "-" + Integer.toString(100_000 + RANDOM.nextInt(900_000), 36);
        return realm.create(clientId, request.name().strip(), request.province()).call(created -> Panache.withTransaction(() -> {
            PartnerClient c = new PartnerClient();
            c.clientId = created.clientId();
            c.province = created.province();
            c.name = request.name().strip();
            c.createdBy = caller.subject();
            c.createdAt = clock.instant();
            return clients.persist(c).call(() -> Panache.getSession().chain(s -> outbox.append(s, new AccountLinked(
                    c.clientId, 1, c.clientId, AccountKind.PARTNER_CLIENT, c.province, "partner", c.createdBy, c.createdAt))));
        }));
    }

    /** A new secret for one of the province's clients (404 for any other). */
    public Uni<Credentials> rotate(String clientId, Caller caller) {
        return Panache.withSession(() -> clients.findById(clientId)).chain(known -> {
            if (known == null || !caller.is(Role.ADMIN) || !caller.governs(known.province)) {
                throw ProblemException.notFound("partner client", clientId);
            }
            return realm.rotate(clientId).chain(rotated -> {
                Credentials credentials = rotated.orElseThrow(() -> ProblemException.notFound("partner client", clientId));
                return Panache.withTransaction(() -> clients.findById(clientId).invoke(c -> {
                    c.rotatedBy = caller.subject();
                    c.rotatedAt = clock.instant();
                })).replaceWith(credentials);
            });
        });
    }

    public Uni<List<PartnerClient>> ofOwnProvince(Caller caller) {
        String province = caller.region().map(r -> r.province()).orElseThrow(
                () -> ProblemException.forbidden("admins list their province's partner clients"));
        return Panache.withSession(() -> clients.ofProvince(province));
    }
}
