package org.laborlink.subsidies.facts.events;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.consumer.ConsumedEvents;
import org.laborlink.events.employers.EmployerChanged;
import org.laborlink.subsidies.facts.ClaimsAwaitingFacts;

import io.smallrye.mutiny.Uni;

/**
 * Learns employers from {@code employers.v1}: region, whether an SME, whether a helping company, whether suspended by
 * its labour office (its claims then wait). Only a newer version
 * changes the fact; claims waiting for the employer are decided in the same transaction.
 */
@ApplicationScoped
public class EmployerFactRecorder {

    static final String CONSUMER = "subsidy-service.employer-facts";

    private static final String UPSERT = """
            insert into employer_fact (employer_id, version, region, sme, helping_company, suspended, updated_at)
            values (:id, :version, :region, :sme, :helping, :suspended, :now)
            on conflict (employer_id) do update
               set version = excluded.version, region = excluded.region, sme = excluded.sme,
                   helping_company = excluded.helping_company, suspended = excluded.suspended,
                   updated_at = excluded.updated_at
             where employer_fact.version < excluded.version""";

    private final ConsumedEvents consumed;
    private final ClaimsAwaitingFacts claims;

    public EmployerFactRecorder(ConsumedEvents consumed, ClaimsAwaitingFacts claims) {
        this.consumed = consumed;
        this.claims = claims;
    }

    @Incoming("employers")
    public Uni<Void> on(ConsumerRecord<String, String> record) {
        return consumed.once(CONSUMER, record, EmployerChanged.class, this::record);
    }

    private Uni<Void> record(Mutiny.Session session, EmployerChanged e) {
        return claims.lockSubjects(session, e.employerId()).chain(() -> session.createNativeQuery(UPSERT)
                .setParameter("id", e.employerId()).setParameter("version", e.version())
                .setParameter("region", e.region()).setParameter("sme", e.sme())
                .setParameter("helping", e.helpingCompany())
                .setParameter("suspended", e.standing() == EmployerChanged.Standing.SUSPENDED)
                .setParameter("now", Instant.now())
                .executeUpdate()
                .chain(() -> claims.factArrived(session, "employer_id", e.employerId())));
    }
}
