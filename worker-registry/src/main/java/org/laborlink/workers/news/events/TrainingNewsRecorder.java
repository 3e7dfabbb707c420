package org.laborlink.workers.news.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.laborlink.events.training.EnrolmentChanged;
import org.laborlink.workers.news.WorkerNews;
import org.laborlink.workers.partnerwebhook.PartnerWebhooks;
import org.laborlink.workers.partnerwebhook.domain.WebhookEventType;
import org.laborlink.workers.workermessage.MessageOutbox;
import org.laborlink.workers.workermessage.domain.MessageKind;

import io.smallrye.mutiny.Uni;

/**
 * Enrolments (training.v1): a place that came free for a worker who was waiting (WAITING, then ENROLLED) to her; a
 * completed course to the partner's webhooks.
 */
@ApplicationScoped
public class TrainingNewsRecorder {

    private final WorkerNews news;
    private final PartnerWebhooks webhooks;
    private final MessageOutbox messages;

    public TrainingNewsRecorder(WorkerNews news, PartnerWebhooks webhooks, MessageOutbox messages) {
        this.news = news;
        this.webhooks = webhooks;
        this.messages = messages;
    }

    @Incoming("news-training")
    public Uni<Void> onTraining(ConsumerRecord<String, String> record) {
        return news.take(record, "worker-registry.news-training", (session, event) -> {
            if (!(event instanceof EnrolmentChanged e)) {
                return Uni.createFrom().voidItem();
            }
            UUID enrolment = UUID.fromString(e.enrolmentId());
            return switch (e.status()) {
                case WAITING -> session.createNativeQuery("insert into waiting_enrolment (enrolment_id, worker_id) "
                        + "values (:e, :w) on conflict do nothing").setParameter("e", enrolment)
                        .setParameter("w", UUID.fromString(e.workerId())).executeUpdate().replaceWithVoid();
                case ENROLLED -> session.createNativeQuery("delete from waiting_enrolment where enrolment_id = :e")
                        .setParameter("e", enrolment).executeUpdate().chain(wasWaiting -> wasWaiting == 0
                                ? Uni.createFrom().voidItem()
                                : news.ofWorker(session, e.workerId(), file -> messages.write(session, file,
                                        MessageKind.COURSE_PLACE)));
                case COMPLETED -> news.ofWorker(session, e.workerId(), file -> webhooks.enqueue(session,
                        file.householdRegion, WebhookEventType.TRAINING_COMPLETED, news.data(e), e.changedAt()));
                default -> session.createNativeQuery("delete from waiting_enrolment where enrolment_id = :e")
                        .setParameter("e", enrolment).executeUpdate().replaceWithVoid();
            };
        });
    }
}
