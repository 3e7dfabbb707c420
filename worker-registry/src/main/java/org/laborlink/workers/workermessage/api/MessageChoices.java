package org.laborlink.workers.workermessage.api;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.laborlink.workers.workermessage.domain.MessagePreference;

/**
 * How a worker wants messages: in Chinese ({@code zh-CN}) or English ({@code en}), none at all ({@code optedOut}),
 * and her own quiet hours (local time, both ends or neither; the platform's otherwise).
 */
public record MessageChoices(@NotNull @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String language,
        boolean optedOut, LocalTime quietFrom, LocalTime quietUntil) {

    public static MessageChoices defaults() {
        return new MessageChoices(MessagePreference.CHINESE, false, null, null);
    }

    public static MessageChoices of(MessagePreference p) {
        return new MessageChoices(p.language, p.optedOut, p.quietFrom, p.quietUntil);
    }
}
