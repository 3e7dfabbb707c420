package org.laborlink.workers.partnerwebhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.workers.identity.store.PersonalDataCipher;
import org.laborlink.workers.outbound.OutboundTargets;
import org.laborlink.workers.partnerwebhook.api.SubscribeWebhook;
import org.laborlink.workers.partnerwebhook.api.WebhookViews.DeliveryView;
import org.laborlink.workers.partnerwebhook.api.WebhookViews.NewSecret;
import org.laborlink.workers.partnerwebhook.api.WebhookViews.NewSubscription;
import org.laborlink.workers.partnerwebhook.api.WebhookViews.SubscriptionView;
import org.laborlink.workers.partnerwebhook.domain.WebhookDelivery;
import org.laborlink.workers.partnerwebhook.domain.WebhookEventType;
import org.laborlink.workers.partnerwebhook.domain.WebhookSubscription;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Partner provinces' webhook subscriptions and the deliveries made for them. A subscription belongs to the province
 * of the partner client that made it; its deliveries carry news of workers whose household region lies in that
 * province and of no one else ({@link #enqueue}).
 */
@ApplicationScoped
public class PartnerWebhooks {

    static final String SECRET_FIELD = "webhookSecret";

    private final WebhookSettings settings;
    private final OutboundTargets targets;
    private final PersonalDataCipher cipher;
    private final ObjectMapper json;
    private final Clock clock;

    public PartnerWebhooks(WebhookSettings settings, OutboundTargets targets, PersonalDataCipher cipher, ObjectMapper json,
            Clock clock) {
        this.settings = settings;
        this.targets = targets;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    public Uni<NewSubscription> subscribe(SubscribeWebhook request, Caller caller) {
        String province = provinceOf(caller);
        URI url = checkedUrl(request.url());
        Set<String> types = new LinkedHashSet<>();
        for (String name : request.eventTypes()) {
            WebhookEventType type = WebhookEventType.ofWireName(name.strip()).orElseThrow(() -> ProblemException.invalidField(
                    "eventTypes", "'" + name + "' is not one of employment.hired, employment.ended, employment.milestone, "
                            + "claim.paid, training.completed"));
            types.add(type.wireName());
        }
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery("select count(*) from WebhookSubscription where province = :p", Long.class)
                .setParameter("p", province).getSingleResult().chain(held -> {
                    if (held >= settings.subscriptionsPerProvince()) {
                        throw ProblemException.conflict("too-many-subscriptions", "the province holds "
                                + settings.subscriptionsPerProvince() + " subscriptions already; delete one first");
                    }
                    WebhookSubscription s = new WebhookSubscription();
                    s.id = UUID.randomUUID();
                    s.province = province;
                    s.url = url.toString();
                    s.eventTypes = String.join(",", types);
                    String secret = WebhookSigning.newSecret();
                    s.secretCipher = cipher.encrypt(secret, s.id, SECRET_FIELD);
                    s.createdBy = caller.subject();
                    s.createdAt = clock.instant();
                    return session.persist(s).replaceWith(new NewSubscription(s.id, s.province, s.url, s.eventTypeNames(),
                            s.createdAt, secret));
                })));
    }

    public Uni<List<SubscriptionView>> ofOwnProvince(Caller caller) {
        String province = provinceOf(caller);
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery("from WebhookSubscription where province = :p order by createdAt", WebhookSubscription.class)
                .setParameter("p", province).getResultList()))
                .map(list -> list.stream().map(SubscriptionView::of).toList());
    }

    public Uni<SubscriptionView> get(UUID id, Caller caller) {
        return Panache.withSession(() -> owned(id, caller)).map(SubscriptionView::of);
    }

    public Uni<Void> delete(UUID id, Caller caller) {
        return Panache.withTransaction(() -> owned(id, caller)
                .call(s -> Panache.getSession().chain(session -> session.remove(s)))).replaceWithVoid();
    }

    public Uni<NewSecret> rotateSecret(UUID id, Caller caller) {
        return Panache.withTransaction(() -> owned(id, caller).map(s -> {
            Instant now = clock.instant();
            String secret = WebhookSigning.newSecret();
            s.previousSecretCipher = s.secretCipher;
            s.previousSecretUntil = now.plus(settings.previousSecretValidFor());
            s.secretCipher = cipher.encrypt(secret, s.id, SECRET_FIELD);
            s.rotatedAt = now;
            return new NewSecret(secret, s.previousSecretUntil);
        }));
    }

    public Uni<List<DeliveryView>> deliveries(UUID id, int limit, Caller caller) {
        return Panache.withSession(() -> owned(id, caller).chain(s -> Panache.getSession().chain(session -> session
                .createSelectionQuery("from WebhookDelivery where subscriptionId = :s order by createdAt desc, id",
                        WebhookDelivery.class)
                .setParameter("s", s.id).setMaxResults(limit).getResultList())))
                .map(list -> list.stream().map(DeliveryView::of).toList());
    }

    public Uni<DeliveryView> redeliver(UUID id, String webhookId, Caller caller) {
        return Panache.withTransaction(() -> owned(id, caller).chain(s -> Panache.getSession()
                .chain(session -> session.find(WebhookDelivery.class, webhookId)).map(d -> {
                    if (d == null || !d.subscriptionId.equals(s.id)) {
                        throw ProblemException.notFound("delivery", webhookId);
                    }
                    Instant now = clock.instant();
                    d.status = WebhookDelivery.Status.PENDING;
                    d.nextAttemptAt = now;
                    d.giveUpAt = settings.retries().giveUpAt(now);
                    d.deliveredAt = null;
                    return DeliveryView.of(d);
                })));
    }

    /**
     * One delivery, inside the caller's transaction, to each subscription of the worker's household province that wants
     * news of this type. The payload is {@code {"type", "timestamp", "data"}}.
     */
    public Uni<Void> enqueue(Mutiny.Session session, String householdRegion, WebhookEventType type, ObjectNode data,
            Instant happenedAt) {
        if (householdRegion == null || !RegionCode.isWellFormed(householdRegion)) {
            return Uni.createFrom().voidItem();
        }
        String province = new RegionCode(householdRegion).province();
        return session.createSelectionQuery("from WebhookSubscription where province = :p", WebhookSubscription.class)
                .setParameter("p", province).getResultList().chain(subscriptions -> {
                    List<WebhookDelivery> deliveries = new ArrayList<>();
                    Instant now = clock.instant();
                    for (WebhookSubscription s : subscriptions) {
                        if (!s.wants(type)) {
                            continue;
                        }
                        ObjectNode payload = json.createObjectNode();
                        payload.put("type", type.wireName());
                        payload.put("timestamp", happenedAt.toString());
                        payload.set("data", data);
                        WebhookDelivery d = new WebhookDelivery();
                        d.id = "msg_" + HexFormat.of().formatHex(uuidBytes(UUID.randomUUID()));
                        d.subscriptionId = s.id;
                        d.eventType = type.wireName();
                        d.payload = payload.toString();
                        d.status = WebhookDelivery.Status.PENDING;
                        d.createdAt = now;
                        d.nextAttemptAt = now;
                        d.giveUpAt = settings.retries().giveUpAt(now);
                        deliveries.add(d);
                    }
                    return deliveries.isEmpty() ? Uni.createFrom().voidItem() : session.persistAll(deliveries.toArray());
                });
    }

    private Uni<WebhookSubscription> owned(UUID id, Caller caller) {
        String province = provinceOf(caller);
        return Panache.getSession().chain(session -> session.find(WebhookSubscription.class, id)).map(s -> {
            if (s == null || !s.province.equals(province)) {
                throw ProblemException.notFound("subscription", id);
            }
            return s;
        });
    }

    private static String provinceOf(Caller caller) {
        if (!caller.is(Role.PARTNER)) {
            throw ProblemException.forbidden("a partner province's client manages its webhooks");
        }
        return caller.province().map(RegionCode::value).orElseThrow(
                () -> ProblemException.forbidden("the partner client's token names no province"));
    }

    private URI checkedUrl(String text) {
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField("url", "is not a URL");
        }
        targets.refusal(url).ifPresent(reason -> {
            throw ProblemException.invalidField("url", reason);
        });
        return url;
    }

    private static byte[] uuidBytes(UUID id) {
        return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
