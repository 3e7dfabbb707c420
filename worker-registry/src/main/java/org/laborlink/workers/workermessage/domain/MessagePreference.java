package org.laborlink.workers.workermessage.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A worker's choices about messages: her language, whether she wants none, her own quiet hours. */
@Entity
@Table(name = "message_preference")
public class MessagePreference {

    public static final String CHINESE = "zh-CN";
    public static final String ENGLISH = "en";

    @Id
    public UUID workerId;
    public String language;
    public boolean optedOut;
    public LocalTime quietFrom;
    public LocalTime quietUntil;
    public String updatedBy;
    public Instant updatedAt;
}
