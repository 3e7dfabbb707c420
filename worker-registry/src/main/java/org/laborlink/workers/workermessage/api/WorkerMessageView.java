package org.laborlink.workers.workermessage.api;

import java.time.Instant;
import java.util.UUID;

import org.laborlink.workers.workermessage.domain.MessageKind;
import org.laborlink.workers.workermessage.domain.WorkerMessage;

/** A message to a worker as she (or her officer) reads it. */
public record WorkerMessageView(UUID id, MessageKind kind, String language, String text, WorkerMessage.Status status,
        Instant createdAt, Instant sentAt) {

    public static WorkerMessageView of(WorkerMessage m) {
        return new WorkerMessageView(m.id, m.kind, m.language, m.text, m.status, m.createdAt, m.sentAt);
    }
}
