package org.laborlink.workers.news.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.laborlink.events.matches.MatchSuggested;
import org.laborlink.workers.news.WorkerNews;
import org.laborlink.workers.workermessage.MessageOutbox;
import org.laborlink.workers.workermessage.domain.MessageKind;

import io.smallrye.mutiny.Uni;

/** Match suggestions (matches.v1): a note to the worker that new jobs suit her (at most one a day). */
@ApplicationScoped
public class MatchNewsRecorder {

    private final WorkerNews news;
    private final MessageOutbox messages;

    public MatchNewsRecorder(WorkerNews news, MessageOutbox messages) {
        this.news = news;
        this.messages = messages;
    }

    @Incoming("news-matches")
    public Uni<Void> onMatches(ConsumerRecord<String, String> record) {
        return news.take(record, "worker-registry.news-matches", (session, event) -> event instanceof MatchSuggested s
                ? news.ofWorker(session, s.workerId(), file -> messages.write(session, file, MessageKind.MATCH_SUGGESTIONS))
                : Uni.createFrom().voidItem());
    }
}
