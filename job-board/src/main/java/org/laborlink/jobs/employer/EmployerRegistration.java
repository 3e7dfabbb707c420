package org.laborlink.jobs.employer;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.jobs.employer.api.RegisterEmployer;
import org.laborlink.jobs.employer.domain.CreditCode;
import org.laborlink.jobs.employer.domain.Employer;
import org.laborlink.jobs.employer.store.EmployerRepository;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Officers register the employers of their region (a unified social credit code registers once) and verify them
 * after a visit; each change is published as employer-changed.
 */
@ApplicationScoped
public class EmployerRegistration {

    private final EmployerRepository employers;
    private final EventOutbox outbox;
    private final AdministrativeDivisions divisions;
    private final Clock clock;

    public EmployerRegistration(EmployerRepository employers, EventOutbox outbox, AdministrativeDivisions divisions,
            Clock clock) {
        this.employers = employers;
        this.outbox = outbox;
        this.divisions = divisions;
        this.clock = clock;
    }

    public Uni<Employer> register(RegisterEmployer request, Caller caller) {
        String code;
        try {
            code = CreditCode.check(request.creditCode());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("creditCode", e.getMessage());
        }
        if (!divisions.isCounty(request.region())) {
            throw ProblemException.invalidField("region", "is not a county-level division known to the platform");
        }
        if (!caller.governs(request.region())) {
            throw ProblemException.forbidden("officers register employers of their own region");
        }
        Instant now = clock.instant();
        Employer e = new Employer();
        e.id = request.id() != null ? request.id() : UUID.randomUUID();
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
        e.registeredBy = caller.subject();
        e.registeredAt = now;
        e.updatedAt = now;
        // one registration of a credit code (and of an id) at a time: a concurrent duplicate waits, then gets its 409
        return Panache.withTransaction(() -> employers.lock("employer-credit-code:" + code, "employer-id:" + e.id)
                .chain(() -> employers.byCreditCode(code)).chain(existing -> {
            if (existing != null) {
                throw ProblemException.duplicate("duplicate-employer", "an employer with this credit code is registered",
                        "/api/v1/employers/" + existing.id);
            }
            return employers.findById(e.id);
        }).chain(sameId -> {
            if (sameId != null) {
                throw ProblemException.duplicate("duplicate-employer", "an employer with this id is registered",
                        "/api/v1/employers/" + sameId.id);
            }
            return employers.persist(e).chain(Panache::getSession).chain(s -> outbox.append(s, e.changed()));
        })).replaceWith(e);
    }

    public Uni<Employer> verify(String id, Caller caller) {
        return Panache.withTransaction(() -> employers.findById(PathIds.uuid("employer", id)).chain(e -> {
            if (e == null) {
                throw ProblemException.notFound("employer", id);
            }
            if (!caller.governs(e.region)) {
                throw ProblemException.forbidden("officers verify employers of their own region");
            }
            var changed = e.verify(caller.subject(), clock.instant());
            return Panache.getSession().chain(s -> outbox.append(s, changed)).replaceWith(e);
        }));
    }
}
