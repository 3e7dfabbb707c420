package org.laborlink.workers.news.events;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.subsidies.ClaimDecided;
import org.laborlink.events.subsidies.ClaimPaid;
import org.laborlink.events.subsidies.ClaimStatus;
import org.laborlink.events.subsidies.ClaimSubmitted;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.news.WorkerNews;
import org.laborlink.workers.partnerwebhook.PartnerWebhooks;
import org.laborlink.workers.partnerwebhook.domain.WebhookEventType;
import org.laborlink.workers.workermessage.MessageOutbox;
import org.laborlink.workers.workermessage.domain.MessageKind;

import io.smallrye.mutiny.Uni;

/**
 * Claims (subsidies.v1): whose claim each is (from its submission), a decision to the worker, a payment to the
 * partner's webhooks.
 */
@ApplicationScoped
public class SubsidyNewsRecorder {

    private final WorkerNews news;
    private final PartnerWebhooks webhooks;
    private final MessageOutbox messages;

    public SubsidyNewsRecorder(WorkerNews news, PartnerWebhooks webhooks, MessageOutbox messages) {
        this.news = news;
        this.webhooks = webhooks;
        this.messages = messages;
    }

    @Incoming("news-subsidies")
    public Uni<Void> onSubsidies(ConsumerRecord<String, String> record) {
        return news.take(record, "worker-registry.news-subsidies", (session, event) -> switch (event) {
            case ClaimSubmitted s when s.workerId() != null -> session.createNativeQuery(
                    "insert into claim_of_worker (claim_id, worker_id) values (:c, :w) on conflict do nothing")
                    .setParameter("c", UUID.fromString(s.claimId())).setParameter("w", UUID.fromString(s.workerId()))
                    .executeUpdate().replaceWithVoid();
            case ClaimDecided d when d.status() == ClaimStatus.APPROVED || d.status() == ClaimStatus.REJECTED ->
                    ofClaimant(session, d.claimId(), file -> messages.write(session, file,
                            d.status() == ClaimStatus.APPROVED ? MessageKind.CLAIM_APPROVED : MessageKind.CLAIM_REJECTED,
                            d.programme().name(), d.amount() == null ? "0" : d.amount().toPlainString()));
            case ClaimPaid p -> ofClaimant(session, p.claimId(), file -> webhooks.enqueue(session, file.householdRegion,
                    WebhookEventType.CLAIM_PAID, news.data(p).put("workerId", file.id.toString()), p.paidAt()));
            default -> Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> ofClaimant(Mutiny.Session session, String claimId, Function<LabourFile, Uni<Void>> then) {
        return session.createNativeQuery("select cast(worker_id as varchar) from claim_of_worker where claim_id = :c", String.class)
                .setParameter("c", UUID.fromString(claimId)).getResultList()
                .chain(workers -> workers.isEmpty() ? Uni.createFrom().voidItem() : news.ofWorker(session, workers.get(0), then));
    }
}
