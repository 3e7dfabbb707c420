package org.laborlink.workers.workermessage;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.workermessage.api.MessageChoices;
import org.laborlink.workers.workermessage.api.WorkerMessageView;
import org.laborlink.workers.workermessage.domain.MessageKind;
import org.laborlink.workers.workermessage.domain.MessagePreference;
import org.laborlink.workers.workermessage.domain.WorkerMessage;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Messages to workers: written, in the worker's language (Chinese unless she chose English), to the outbox table
 * when news of her arrives, inside the transaction that takes the news; sent later by {@link WorkerMessageSending}.
 * A worker who opted out still finds her messages in the console, none is sent; quiet hours (hers, or the
 * platform's) delay a message to their end.
 */
@ApplicationScoped
public class MessageOutbox {

    private static final String BUNDLE = "org.laborlink.workers.workermessage.messages";

    private final MessageSettings settings;
    private final Clock clock;

    public MessageOutbox(MessageSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A message of {@code kind} for the file's worker, its text filled with {@code values} (inside the caller's transaction). */
    public Uni<Void> write(Mutiny.Session session, LabourFile file, MessageKind kind, Object... values) {
        return session.find(MessagePreference.class, file.id).chain(preference -> {
            if (kind == MessageKind.MATCH_SUGGESTIONS) {
                return session.createSelectionQuery("select count(*) from WorkerMessage where workerId = :w and kind = :k "
                        + "and createdAt > :since", Long.class).setParameter("w", file.id).setParameter("k", kind)
                        .setParameter("since", clock.instant().minus(settings.suggestionsAtMostEvery())).getSingleResult()
                        .chain(recent -> recent > 0 ? Uni.createFrom().voidItem()
                                : persist(session, file, preference, kind, values));
            }
            return persist(session, file, preference, kind, values);
        });
    }

    private Uni<Void> persist(Mutiny.Session session, LabourFile file, MessagePreference preference, MessageKind kind,
            Object[] values) {
        Instant now = clock.instant();
        WorkerMessage m = new WorkerMessage();
        m.id = UUID.randomUUID();
        m.workerId = file.id;
        m.kind = kind;
        m.language = preference == null ? MessagePreference.CHINESE : preference.language;
        m.text = text(m.language, kind, values);
        m.createdAt = now;
        if (preference != null && preference.optedOut) {
            m.status = WorkerMessage.Status.OPTED_OUT;
        } else if (file.phoneCipher == null) {
            m.status = WorkerMessage.Status.NO_PHONE;
        } else {
            m.status = WorkerMessage.Status.PENDING;
            m.nextAttemptAt = (preference == null ? settings.defaultQuietHours()
                    : settings.quietHoursOf(preference.quietFrom, preference.quietUntil)).map(q -> q.nextAllowed(now)).orElse(now);
        }
        m.giveUpAt = settings.retries().giveUpAt(m.nextAttemptAt == null ? now : m.nextAttemptAt);
        return session.persist(m);
    }

    /** The text of a message in a language ({@code zh-CN} or {@code en}). */
    public static String text(String language, MessageKind kind, Object... values) {
        ResourceBundle texts = bundle(language);
        Object[] filled = values.clone();
        if (kind == MessageKind.CLAIM_APPROVED || kind == MessageKind.CLAIM_REJECTED) {
            filled[0] = texts.getString("programme." + values[0]);
        }
        return new MessageFormat(texts.getString(kind.name()), locale(language)).format(filled);
    }

    public Uni<List<WorkerMessageView>> of(LabourFile file, int limit) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from WorkerMessage where workerId = :w order by createdAt desc, id", WorkerMessage.class)
                .setParameter("w", file.id).setMaxResults(limit).getResultList())
                .map(list -> list.stream().map(WorkerMessageView::of).toList());
    }

    public Uni<MessageChoices> preferencesOf(LabourFile file) {
        return Panache.getSession().chain(session -> session.find(MessagePreference.class, file.id))
                .map(p -> p == null ? MessageChoices.defaults() : MessageChoices.of(p));
    }

    /** The worker's own choice; an officer who may see her file reads it but does not make it for her. */
    public Uni<MessageChoices> choose(LabourFile file, MessageChoices chosen, Caller caller) {
        if (!caller.is(Role.WORKER) || caller.workerId().filter(file.id.toString()::equals).isEmpty()) {
            throw ProblemException.forbidden("only the worker chooses how she is sent messages");
        }
        if ((chosen.quietFrom() == null) != (chosen.quietUntil() == null)) {
            throw ProblemException.invalidField(chosen.quietFrom() == null ? "quietFrom" : "quietUntil",
                    "quiet hours need both their start and their end, or neither");
        }
        return Panache.getSession().chain(session -> session.find(MessagePreference.class, file.id).chain(found -> {
            MessagePreference p = found != null ? found : new MessagePreference();
            p.workerId = file.id;
            p.language = chosen.language();
            p.optedOut = chosen.optedOut();
            p.quietFrom = chosen.quietFrom();
            p.quietUntil = chosen.quietUntil();
            p.updatedBy = caller.subject();
            p.updatedAt = clock.instant();
            return (found != null ? Uni.createFrom().voidItem() : session.persist(p)).replaceWith(MessageChoices.of(p));
        }));
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, locale(language), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Locale locale(String language) {
        return MessagePreference.ENGLISH.equals(language) ? Locale.ROOT : Locale.forLanguageTag("zh");
    }
}
