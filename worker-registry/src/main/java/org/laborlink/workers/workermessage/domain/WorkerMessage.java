package org.laborlink.workers.workermessage.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message to a worker, in her language, and where its sending stands. */
@Entity
@Table(name = "worker_message")
public class WorkerMessage {

    /** Where a message stands. */
    public enum Status {
        /** Waiting for the SMS gateway (or for the end of quiet hours). */
        PENDING,
        SENT,
        /** Given up after the retry period. */
        FAILED,
        /** Kept for the worker to read, never sent: she opted out. */
        OPTED_OUT,
        /** Kept for the worker to read, never sent: her labour file has no phone number. */
        NO_PHONE
    }

    @Id
    public UUID id;
    public UUID workerId;
    @Enumerated(EnumType.STRING)
    public MessageKind kind;
    public String language;
    public String text;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant giveUpAt;
    public String lastError;
    public Instant createdAt;
    public Instant sentAt;
}
