package org.laborlink.workers.news.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.laborlink.events.applications.ApplicationChanged;
import org.laborlink.workers.news.WorkerNews;
import org.laborlink.workers.workermessage.MessageOutbox;
import org.laborlink.workers.workermessage.domain.MessageKind;

import io.smallrye.mutiny.Uni;

/** Applications (applications.v1): an offer to the worker who applied. */
@ApplicationScoped
public class ApplicationNewsRecorder {

    private final WorkerNews news;
    private final MessageOutbox messages;

    public ApplicationNewsRecorder(WorkerNews news, MessageOutbox messages) {
        this.news = news;
        this.messages = messages;
    }

    @Incoming("news-applications")
    public Uni<Void> onApplications(ConsumerRecord<String, String> record) {
        return news.take(record, "worker-registry.news-applications", (session, event) ->
                event instanceof ApplicationChanged a && a.status() == ApplicationChanged.Status.OFFERED
                        ? news.ofWorker(session, a.workerId(), file -> messages.write(session, file, MessageKind.OFFER))
                        : Uni.createFrom().voidItem());
    }
}
