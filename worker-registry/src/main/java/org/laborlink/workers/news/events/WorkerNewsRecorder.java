package org.laborlink.workers.news.events;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.applications.ApplicationChanged;
import org.laborlink.events.consumer.ConsumedEvents;
import org.laborlink.events.employment.EmploymentEnded;
import org.laborlink.events.employment.EmploymentMilestone;
import org.laborlink.events.employment.WorkerHired;
import org.laborlink.events.matches.MatchSuggested;
import org.laborlink.events.subsidies.ClaimDecided;
import org.laborlink.events.subsidies.ClaimPaid;
import org.laborlink.events.subsidies.ClaimStatus;
import org.laborlink.events.subsidies.ClaimSubmitted;
import org.laborlink.events.training.EnrolmentChanged;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.partnerwebhook.PartnerWebhooks;
import org.laborlink.workers.partnerwebhook.domain.WebhookEventType;
import org.laborlink.workers.workermessage.WorkerMessages;
import org.laborlink.workers.workermessage.domain.MessageKind;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * News of a worker, taken from the topics where it happens, for the two who are told of it: the partner province of
 * her household region (webhook deliveries to its subscriptions: hires, endings, stay milestones, claims paid,
 * training completed) and the worker herself (messages: an offer, a hire, a freed course place, a claim decided,
 * new match suggestions). Each record is taken once (the consumed-event log commits with the deliveries and
 * messages it wrote). These consumer groups start at the end of their topics: a platform that gains them does not
 * tell workers and partners its whole past.
 */
@ApplicationScoped
public class WorkerNewsRecorder {

    private final PartnerWebhooks webhooks;
    private final WorkerMessages messages;
    private final AdministrativeDivisions divisions;
    private final ConsumedEvents consumed;
    private final ObjectMapper json;

    public WorkerNewsRecorder(PartnerWebhooks webhooks, WorkerMessages messages, AdministrativeDivisions divisions,
            ConsumedEvents consumed, ObjectMapper json) {
        this.webhooks = webhooks;
        this.messages = messages;
        this.divisions = divisions;
        this.consumed = consumed;
        this.json = json;
    }

    @Incoming("news-employment")
    public Uni<Void> onEmployment(ConsumerRecord<String, String> record) {
        return take(record, "worker-registry.news-employment", (session, event) -> switch (event) {
            case WorkerHired h -> ofWorker(session, h.workerId(), file -> webhooks.enqueue(session, file.householdRegion,
                    WebhookEventType.HIRED, data(h), h.hiredAt()).chain(() -> messages.write(session, file, MessageKind.HIRE,
                    h.startDate().toString(), divisions.nameOf(h.workRegion()), h.monthlyPay().toPlainString())));
            case EmploymentEnded e -> ofWorker(session, e.workerId(), file -> webhooks.enqueue(session, file.householdRegion,
                    WebhookEventType.ENDED, data(e), e.endedAt()));
            case EmploymentMilestone m -> ofWorker(session, m.workerId(), file -> webhooks.enqueue(session,
                    file.householdRegion, WebhookEventType.MILESTONE, data(m), m.recordedAt()));
            default -> Uni.createFrom().voidItem();
        });
    }

    @Incoming("news-subsidies")
    public Uni<Void> onSubsidies(ConsumerRecord<String, String> record) {
        return take(record, "worker-registry.news-subsidies", (session, event) -> switch (event) {
            case ClaimSubmitted s when s.workerId() != null -> session.createNativeQuery(
                    "insert into claim_of_worker (claim_id, worker_id) values (:c, :w) on conflict do nothing")
                    .setParameter("c", UUID.fromString(s.claimId())).setParameter("w", UUID.fromString(s.workerId()))
                    .executeUpdate().replaceWithVoid();
            case ClaimDecided d when d.status() == ClaimStatus.APPROVED || d.status() == ClaimStatus.REJECTED ->
                    ofClaimant(session, d.claimId(), file -> messages.write(session, file,
                            d.status() == ClaimStatus.APPROVED ? MessageKind.CLAIM_APPROVED : MessageKind.CLAIM_REJECTED,
                            d.programme().name(), d.amount() == null ? "0" : d.amount().toPlainString()));
            case ClaimPaid p -> ofClaimant(session, p.claimId(), file -> webhooks.enqueue(session, file.householdRegion,
                    WebhookEventType.CLAIM_PAID, data(p).put("workerId", file.id.toString()), p.paidAt()));
            default -> Uni.createFrom().voidItem();
        });
    }

    @Incoming("news-training")
    public Uni<Void> onTraining(ConsumerRecord<String, String> record) {
        return take(record, "worker-registry.news-training", (session, event) -> {
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
                                : ofWorker(session, e.workerId(), file -> messages.write(session, file, MessageKind.COURSE_PLACE)));
                case COMPLETED -> ofWorker(session, e.workerId(), file -> webhooks.enqueue(session, file.householdRegion,
                        WebhookEventType.TRAINING_COMPLETED, data(e), e.changedAt()));
                default -> session.createNativeQuery("delete from waiting_enrolment where enrolment_id = :e")
                        .setParameter("e", enrolment).executeUpdate().replaceWithVoid();
            };
        });
    }

    @Incoming("news-applications")
    public Uni<Void> onApplications(ConsumerRecord<String, String> record) {
        return take(record, "worker-registry.news-applications", (session, event) ->
                event instanceof ApplicationChanged a && a.status() == ApplicationChanged.Status.OFFERED
                        ? ofWorker(session, a.workerId(), file -> messages.write(session, file, MessageKind.OFFER))
                        : Uni.createFrom().voidItem());
    }

    @Incoming("news-matches")
    public Uni<Void> onMatches(ConsumerRecord<String, String> record) {
        return take(record, "worker-registry.news-matches", (session, event) -> event instanceof MatchSuggested s
                ? ofWorker(session, s.workerId(), file -> messages.write(session, file, MessageKind.MATCH_SUGGESTIONS))
                : Uni.createFrom().voidItem());
    }

    /** The record's event handled once, in one transaction with the consumed-event log; retried a few times on failure. */
    private Uni<Void> take(ConsumerRecord<String, String> record, String consumer,
            BiFunction<Mutiny.Session, DomainEvent, Uni<Void>> handling) {
        EventEnvelope envelope = EventEnvelope.fromKafka(record);
        DomainEvent event = envelope.dataAsEvent(json);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> consumed
                .firstDelivery(session, consumer, envelope.id())
                .chain(first -> first ? handling.apply(session, event) : Uni.createFrom().voidItem())))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(5);
    }

    private Uni<Void> ofWorker(Mutiny.Session session, String workerId, java.util.function.Function<LabourFile, Uni<Void>> then) {
        return session.find(LabourFile.class, UUID.fromString(workerId))
                .chain(file -> file == null ? Uni.createFrom().voidItem() : then.apply(file));
    }

    private Uni<Void> ofClaimant(Mutiny.Session session, String claimId, java.util.function.Function<LabourFile, Uni<Void>> then) {
        return session.createNativeQuery("select cast(worker_id as varchar) from claim_of_worker where claim_id = :c", String.class)
                .setParameter("c", UUID.fromString(claimId)).getResultList()
                .chain(workers -> workers.isEmpty() ? Uni.createFrom().voidItem() : ofWorker(session, workers.get(0), then));
    }

    private ObjectNode data(DomainEvent event) {
        return json.valueToTree(event);
    }
}
