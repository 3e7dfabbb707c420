package org.laborlink.workers.news.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.laborlink.events.employment.EmploymentEnded;
import org.laborlink.events.employment.EmploymentMilestone;
import org.laborlink.events.employment.WorkerHired;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.workers.news.WorkerNews;
import org.laborlink.workers.partnerwebhook.PartnerWebhooks;
import org.laborlink.workers.partnerwebhook.domain.WebhookEventType;
import org.laborlink.workers.workermessage.MessageOutbox;
import org.laborlink.workers.workermessage.domain.MessageKind;

import io.smallrye.mutiny.Uni;

/** Hires, endings and stay milestones (employment.v1): to the partner's webhooks; a hire also to the worker. */
@ApplicationScoped
public class EmploymentNewsRecorder {

    private final WorkerNews news;
    private final PartnerWebhooks webhooks;
    private final MessageOutbox messages;
    private final AdministrativeDivisions divisions;

    public EmploymentNewsRecorder(WorkerNews news, PartnerWebhooks webhooks, MessageOutbox messages,
            AdministrativeDivisions divisions) {
        this.news = news;
        this.webhooks = webhooks;
        this.messages = messages;
        this.divisions = divisions;
    }

    @Incoming("news-employment")
    public Uni<Void> onEmployment(ConsumerRecord<String, String> record) {
        return news.take(record, "worker-registry.news-employment", (session, event) -> switch (event) {
            case WorkerHired h -> news.ofWorker(session, h.workerId(), file -> webhooks.enqueue(session,
                    file.householdRegion, WebhookEventType.HIRED, news.data(h), h.hiredAt()).chain(() -> messages.write(
                    session, file, MessageKind.HIRE, h.startDate().toString(), divisions.nameOf(h.workRegion()),
                    h.monthlyPay().toPlainString())));
            case EmploymentEnded e -> news.ofWorker(session, e.workerId(), file -> webhooks.enqueue(session,
                    file.householdRegion, WebhookEventType.ENDED, news.data(e), e.endedAt()));
            case EmploymentMilestone m -> news.ofWorker(session, m.workerId(), file -> webhooks.enqueue(session,
                    file.householdRegion, WebhookEventType.MILESTONE, news.data(m), m.recordedAt()));
            default -> Uni.createFrom().voidItem();
        });
    }
}
