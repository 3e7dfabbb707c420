package org.laborlink.subsidies.claim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.events.subsidies.ClaimStatus;
import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.store.TransactionLocks;
import org.laborlink.platform.time.PlatformCalendar;
import org.laborlink.subsidies.claim.api.ClaimRequests;
import org.laborlink.subsidies.claim.domain.Claim;
import org.laborlink.subsidies.claim.domain.Decision;
import org.laborlink.subsidies.claim.domain.Eligibility.Facts;
import org.laborlink.subsidies.claim.domain.Eligibility.Placement;
import org.laborlink.subsidies.claim.domain.Eligibility;
import org.laborlink.subsidies.claim.domain.Evidence;
import org.laborlink.subsidies.claim.domain.RuleCheck;
import org.laborlink.subsidies.claim.domain.SubjectAccess;
import org.laborlink.subsidies.facts.ClaimsAwaitingFacts;
import org.laborlink.subsidies.facts.domain.EmployerFact;
import org.laborlink.subsidies.facts.domain.EmploymentFact;
import org.laborlink.subsidies.facts.domain.TrainingFact;
import org.laborlink.subsidies.facts.domain.WorkerFact;
import org.laborlink.subsidies.policy.domain.Claimant;
import org.laborlink.subsidies.policy.store.PolicyCatalogue;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * A claim's life: submitted (one live claim per programme and subject), decided from the facts (waiting while one is
 * missing, decided when it arrives), approved against the budget or rejected by an officer of its region, paid, or
 * its approval reversed. Each step writes the claim, its audit entry and its events in one transaction.
 */
@ApplicationScoped
public class ClaimProcessing implements ClaimsAwaitingFacts {

    private static final Logger LOG = Logger.getLogger(ClaimProcessing.class);
    private static final String SERVICE = "subsidy-service";

    private final Mutiny.SessionFactory sessions;
    private final PolicyCatalogue catalogue;
    private final EventOutbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public ClaimProcessing(Mutiny.SessionFactory sessions, PolicyCatalogue catalogue, EventOutbox outbox, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * Submits a claim. A subject the caller may not see (another worker's hire or file, another employer's hire, a
     * file outside an officer's region) is answered 404 and nothing is stored. A subject not known yet (its fact has
     * not arrived) is stored waiting, holding no slot until its fact shows the claimant may claim for it.
     */
    public Uni<Claim> submit(ClaimRequests.SubmitClaim request, Caller caller) {
        Claim claim = newClaim(request, caller);
        return sessions.withTransaction(session -> lockSubjects(session, claim.employmentId, claim.enrolmentId,
                        claim.workerId, claim.employerId)
                .chain(() -> facts(session, claim))
                .chain(facts -> {
                    SubjectAccess.Verdict access = SubjectAccess.of(claim, facts);
                    if (access == SubjectAccess.Verdict.HIDDEN) {
                        throw subjectNotFound(claim);
                    }
                    Uni<Claim> existing = access == SubjectAccess.Verdict.VISIBLE
                            ? live(session, claim.programme, claim.subject()) : Uni.createFrom().nullItem();
                    return existing.chain(first -> {
                        if (first != null) {
                            throw duplicate(first, caller);
                        }
                        return session.persist(claim).chain(session::flush);
                    }).chain(() -> audit(session, claim, caller.subject(), "submitted", Map.of("request", request)))
                            .chain(() -> {
                                List<DomainEvent> events = new ArrayList<>(List.of(claim.submitted()));
                                return assess(session, claim, facts).chain(decided -> {
                                    events.addAll(decided);
                                    return outbox.appendAll(session, events);
                                });
                            });
                }))
                .onFailure(ClaimProcessing::oneLiveClaimPerSubject).recoverWithUni(() -> sessions.withSession(session ->
                        live(session, claim.programme, claim.subject()).map(existing -> {
                            throw existing == null ? ProblemException.conflict("duplicate-claim", "a claim for this "
                                    + "subject was submitted at the same moment") : duplicate(existing, caller);
                        })))
                .replaceWith(claim);
    }

    /** 404 for a subject the claimant may not see, worded as for one that does not exist. */
    private static ProblemException subjectNotFound(Claim claim) {
        return ProblemException.notFound(subjectName(claim), subjectId(claim));
    }

    /** What the claim names as its subject, in the API's words. */
    private static String subjectName(Claim claim) {
        return switch (claim.programme) {
            case TRANSPORT, SME_HIRING, PUBLIC_WELFARE_POST -> "employment";
            case TRAINING -> "enrolment";
            case STUDENT_LIVING -> "labour file";
            case HELPING_COMPANY_REWARD -> "employer";
        };
    }

    private static Object subjectId(Claim claim) {
        return switch (claim.programme) {
            case TRANSPORT, SME_HIRING, PUBLIC_WELFARE_POST -> claim.employmentId;
            case TRAINING -> claim.enrolmentId;
            case STUDENT_LIVING -> claim.workerId;
            case HELPING_COMPANY_REWARD -> claim.employerId;
        };
    }

    public Uni<Claim> claim(UUID id, Caller caller) {
        return sessions.withSession(session -> session.find(Claim.class, id).map(c -> visible(c, id, caller)));
    }

    /** The claim's append-only audit trail, oldest first. */
    public Uni<List<Object[]>> trail(UUID id) {
        return sessions.withSession(session -> session.createNativeQuery("""
                select seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor, action, status,
                       detail::text from claim_audit where claim_id = :id order by seq""", Object[].class)
                .setParameter("id", id).getResultList());
    }

    public Uni<Claim> approve(UUID id, Caller caller) {
        return decide(id, caller, "approved", (session, claim, now) -> catalogue
                .use(session, claim.programme, claim.region, claim.budgetYear, claim.approvable())
                .map(budget -> claim.approve(budget.id(), caller.subject(), now)));
    }

    public Uni<Claim> reject(UUID id, String reason, Caller caller) {
        return decide(id, caller, "rejected", (session, claim, now) ->
                Uni.createFrom().item(claim.reject(reason, caller.subject(), now)));
    }

    public Uni<Claim> reverse(UUID id, String reason, Caller caller) {
        return decide(id, caller, "reversed", (session, claim, now) -> {
            var reversed = claim.reverse(reason, caller.subject(), now);
            return catalogue.release(session, claim.budgetId, claim.amount).replaceWith(reversed);
        });
    }

    public Uni<Claim> pay(UUID id, String paymentReference, Caller caller) {
        return decide(id, caller, "paid", (session, claim, now) ->
                Uni.createFrom().item(claim.pay(paymentReference, caller.subject(), now)));
    }

    /**
     * Serialises the transactions about the same workers, hires and employers: a claim being submitted and a fact
     * arriving for its subject at the same moment would otherwise not see each other (each reading before the other
     * commits) and the claim would wait for a fact already there. Every submission and every fact consumer takes these
     * transaction-scoped locks on the ids it touches, in one global order so two never deadlock.
     */
    @Override
    public Uni<Void> lockSubjects(Mutiny.Session session, Object... subjects) {
        return TransactionLocks.lock(session, subjects);
    }

    /**
     * Re-decides the claims waiting for a fact about this worker, hire or employer, in the transaction that records
     * the fact (called by the fact consumers).
     */
    @Override
    public Uni<Void> factArrived(Mutiny.Session session, String column, Object id) {
        // a claim naming a hire or a course does not hold its worker's id until its claimant is known to see it:
        // a labour file arriving also wakes the claims about that worker's hires and courses
        String about = !column.equals("worker_id") ? column + " = :id"
                : "(worker_id = :id or employment_id in (select employment_id from employment_fact where worker_id = :id)"
                        + " or enrolment_id in (select enrolment_id from training_fact where worker_id = :id))";
        return session.createNativeQuery("select id from claim where status = 'WAITING_FOR_FACTS' and " + about
                        + " order by seq for update", UUID.class)
                .setParameter("id", id).getResultList()
                .chain(ids -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (UUID claimId : ids) {
                        chain = chain.chain(() -> session.find(Claim.class, claimId)
                                .chain(claim -> assess(session, claim)
                                        .chain(events -> outbox.appendAll(session, events)))
                                // a claim the rules cannot decide (a catalogue they cannot read) keeps waiting;
                                // it must not make the fact itself fail and be dead-lettered
                                .onFailure(ClaimProcessing::undecidable).recoverWithUni(failure -> {
                                    LOG.warnf(failure, "claim %s could not be decided; it keeps waiting", claimId);
                                    return Uni.createFrom().voidItem();
                                }));
                    }
                    return chain;
                });
    }

    @FunctionalInterface
    private interface Step {
        Uni<? extends DomainEvent> apply(Mutiny.Session session, Claim claim, Instant now);
    }

    /** An officer's step on a claim of their region: locked, changed, audited and published together. */
    private Uni<Claim> decide(UUID id, Caller caller, String action, Step step) {
        Instant now = Instant.now(clock);
        return sessions.withTransaction(session -> session.find(Claim.class, id, LockMode.PESSIMISTIC_WRITE)
                .chain(found -> {
                    Claim claim = visible(found, id, caller);
                    if (claim.region == null || !caller.governs(claim.region)) {
                        throw claim.claimant.equals(caller.subject()) ? ProblemException.forbidden(
                                "officers of the claim's region decide it") : ProblemException.notFound("claim", id);
                    }
                    String before = claim.status.name();
                    return step.apply(session, claim, now)
                            .chain(event -> audit(session, claim, caller.subject(), action,
                                    Map.of("from", before, "amount", String.valueOf(claim.amount),
                                            "reason", String.valueOf(claim.reason),
                                            "paymentReference", String.valueOf(claim.paymentReference)))
                                    .chain(() -> outbox.appendAll(session, List.of(event))))
                            .replaceWith(claim);
                }));
    }

    /** Decides a waiting claim from the facts it has; returns the events (none while it keeps waiting). */
    private Uni<List<DomainEvent>> assess(Mutiny.Session session, Claim claim) {
        return facts(session, claim).chain(facts -> assess(session, claim, facts));
    }

    /**
     * Decides a claim from these facts. First whether its claimant may see the subject at all: if not, it is
     * rejected and no fact of the subject is copied into it or its trail; while that is not known it waits. Then
     * where it belongs and the programme's rules. A claimant the rules allow takes the subject's one slot.
     */
    private Uni<List<DomainEvent>> assess(Mutiny.Session session, Claim claim, Facts facts) {
        Instant now = Instant.now(clock);
        Facts none = new Facts(null, null, null, null);
        switch (SubjectAccess.of(claim, facts)) {
            case HIDDEN -> {
                Decision refused = new Decision(List.of(new RuleCheck("claimant-may-see-subject", false,
                        "there is no " + subjectName(claim) + " " + subjectId(claim) + " this claimant may claim for",
                        Map.of())), List.of(), null, null);
                DomainEvent decided = claim.assessed(refused, ClaimStatus.REJECTED, now);
                return audit(session, claim, SERVICE, "assessed", used(none, refused)).replaceWith(List.of(decided));
            }
            case UNKNOWN -> {
                List<String> missing = new ArrayList<>(Eligibility.missingForPlacement(claim, none));
                return waiting(session, claim, new Decision(List.of(), missing, null, null), none);
            }
            case VISIBLE -> {
            }
        }
        EmploymentFact hire = facts.employment();
        if (facts.training() != null) {
            claim.workerId = facts.training().workerId;
        }
        if (hire != null) {
            claim.workerId = hire.workerId;
            claim.employerId = hire.employerId;
            claim.householdRegion = hire.householdRegion;
        }
        if (facts.worker() != null) {
            claim.householdRegion = facts.worker().householdRegion;
        }
        List<String> missing = Eligibility.missingForPlacement(claim, facts);
        if (!missing.isEmpty()) {
            return waiting(session, claim, new Decision(List.of(), missing, null, null), facts);
        }
        Placement placement = Eligibility.place(claim, facts);
        claim.region = placement.region();
        claim.budgetYear = placement.budgetYear();
        LocalDate submittedOn = PlatformCalendar.dayOf(claim.submittedAt);
        return catalogue.inEffect(session, placement.province(), placement.referenceDate()).chain(policy -> {
            claim.policyProvince = placement.province();
            claim.policyVersion = policy.map(p -> p.version()).orElse(null);
            Decision decision = Eligibility.decide(claim, facts, placement, policy, submittedOn);
            List<String> failed = decision.failedRules();
            boolean mayClaim = !failed.contains("claimant-allowed") && !failed.contains("claimant-is-subject")
                    && !failed.contains("programme-offered");
            Uni<Decision> slot = !mayClaim || claim.holdsSlot() ? Uni.createFrom().item(decision)
                    : live(session, claim.programme, claim.subject()).map(first -> {
                        if (first != null && !first.id.equals(claim.id)) {
                            return new Decision(List.of(new RuleCheck("one-claim-per-subject", false, "a "
                                    + claim.programme + " claim for this subject exists; one claim per programme and "
                                    + "subject", Map.of())), List.of(), null, null);
                        }
                        claim.takeSlot();
                        return decision;
                    });
            return slot.chain(held -> {
                if (held.failedRules().isEmpty() && !held.missingFacts().isEmpty()) {
                    return waiting(session, claim, held, facts);
                }
                ClaimStatus outcome = held.failedRules().isEmpty() ? ClaimStatus.SUBMITTED : ClaimStatus.REJECTED;
                DomainEvent decided = claim.assessed(held, outcome, now);
                return audit(session, claim, SERVICE, "assessed", used(facts, held)).replaceWith(List.of(decided));
            });
        });
    }

    private Uni<List<DomainEvent>> waiting(Mutiny.Session session, Claim claim, Decision decision, Facts facts) {
        boolean news = claim.decision == null || !Objects.equals(claim.decision.missingFacts(), decision.missingFacts());
        claim.decision = decision;
        claim.updatedAt = Instant.now(clock);
        return (news ? audit(session, claim, SERVICE, "waiting-for-facts", used(facts, decision))
                : Uni.createFrom().voidItem()).replaceWith(List.<DomainEvent>of());
    }

    private Uni<Facts> facts(Mutiny.Session session, Claim claim) {
        Uni<EmploymentFact> hire = claim.employmentId == null ? Uni.createFrom().nullItem()
                : session.find(EmploymentFact.class, claim.employmentId);
        Uni<TrainingFact> course = claim.enrolmentId == null ? Uni.createFrom().nullItem()
                : session.find(TrainingFact.class, claim.enrolmentId);
        return hire.chain(h -> course.chain(t -> {
            UUID workerId = h != null ? h.workerId : t != null ? t.workerId : claim.workerId;
            String employerId = h != null ? h.employerId : claim.employerId;
            // the hire (or the completion) names the worker and employer: serialise with their facts arriving
            Uni<Void> locked = h == null && t == null ? Uni.createFrom().voidItem()
                    : lockSubjects(session, workerId, employerId);
            return locked.chain(() -> factsOf(session, h, t, workerId, employerId));
        }));
    }

    private static Uni<Facts> factsOf(Mutiny.Session session, EmploymentFact h, TrainingFact t, UUID workerId,
            String employerId) {
        Uni<WorkerFact> worker = workerId == null ? Uni.createFrom().nullItem() : session.find(WorkerFact.class, workerId);
        return worker.chain(w -> (employerId == null ? Uni.createFrom().<EmployerFact>nullItem()
                : session.find(EmployerFact.class, employerId)).map(e -> new Facts(w, h, e, t)));
    }

    /** The facts a decision was made from, for the audit trail. */
    private static Map<String, Object> used(Facts facts, Decision decision) {
        Map<String, Object> used = new LinkedHashMap<>();
        if (facts.worker() != null) {
            used.put("worker", Map.of("workerId", facts.worker().workerId.toString(), "version", facts.worker().version,
                    "householdRegion", facts.worker().householdRegion, "povertyStatus", facts.worker().povertyStatus.name()));
        }
        if (facts.employment() != null) {
            EmploymentFact h = facts.employment();
            Map<String, Object> hire = new LinkedHashMap<>();
            hire.put("employmentId", h.employmentId.toString());
            hire.put("version", h.version);
            hire.put("workerId", h.workerId.toString());
            hire.put("employerId", h.employerId);
            hire.put("workRegion", h.workRegion);
            hire.put("startDate", h.startDate.toString());
            hire.put("endDate", h.endDate == null ? null : h.endDate.toString());
            hire.put("monthlyPay", h.monthlyPay);
            hire.put("jobType", h.jobType == null ? null : h.jobType.name());
            hire.put("accidentInsuranceCover", h.accidentInsuranceCover);
            used.put("hire", hire);
        }
        if (facts.employer() != null) {
            used.put("employer", Map.of("employerId", facts.employer().employerId, "version", facts.employer().version,
                    "region", facts.employer().region, "sme", facts.employer().sme,
                    "helpingCompany", facts.employer().helpingCompany));
        }
        if (facts.training() != null) {
            used.put("training", Map.of("enrolmentId", facts.training().enrolmentId.toString(),
                    "courseId", facts.training().courseId.toString(), "assessedLevel", facts.training().assessedLevel.name(),
                    "completedOn", facts.training().completedOn.toString()));
        }
        used.put("decision", decision);
        return used;
    }

    private Uni<Void> audit(Mutiny.Session session, Claim claim, String actor, String action, Object detail) {
        String text;
        try {
            text = json.writeValueAsString(detail);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return session.createNativeQuery("""
                insert into claim_audit (claim_id, seq, at, actor, action, status, detail)
                values (:id, (select coalesce(max(seq), 0) + 1 from claim_audit where claim_id = :id), now(), :actor,
                        :action, :status, cast(:detail as jsonb))""")
                .setParameter("id", claim.id).setParameter("actor", actor).setParameter("action", action)
                .setParameter("status", claim.status.name()).setParameter("detail", new JsonObject(text))
                .executeUpdate().replaceWithVoid();
    }

    private Uni<Claim> live(Mutiny.Session session, ProgrammeKind programme, String subjectKey) {
        return session.createSelectionQuery("""
                from Claim where programme = :programme and subjectKey = :subject
                 and status not in (:rejected, :reversed)""", Claim.class)
                .setParameter("programme", programme).setParameter("subject", subjectKey)
                .setParameter("rejected", ClaimStatus.REJECTED).setParameter("reversed", ClaimStatus.REVERSED)
                .getSingleResultOrNull();
    }

    /** One live claim per programme and subject; the first is named only to a caller who may see it. */
    private static ProblemException duplicate(Claim existing, Caller caller) {
        if (!maySee(existing, caller)) {
            return ProblemException.conflict("duplicate-claim", "a " + existing.programme + " claim for this subject "
                    + "exists; one claim per programme and subject");
        }
        return ProblemException.duplicate("duplicate-claim", "a " + existing.programme + " claim for this subject exists ("
                + existing.status + "); one claim per programme and subject", "/api/v1/claims/" + existing.id);
    }

    /** A failure of the rules themselves (not of the database), which leaves the transaction usable. */
    private static boolean undecidable(Throwable failure) {
        return failure instanceof NullPointerException || failure instanceof IllegalArgumentException
                || failure instanceof java.time.DateTimeException || failure instanceof ArithmeticException
                || failure instanceof ProblemException;
    }

    private static boolean oneLiveClaimPerSubject(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("claim_one_per_subject")) {
                return true;
            }
        }
        return false;
    }

    /** Who may see a claim: its claimant, the worker or employer it pays, officers governing its region. */
    static boolean maySee(Claim claim, Caller caller) {
        if (claim.claimant.equals(caller.subject())) {
            return true;
        }
        if (claim.region != null && caller.governs(claim.region)) {
            return true;
        }
        boolean paysWorker = claim.programme == ProgrammeKind.TRANSPORT || claim.programme == ProgrammeKind.STUDENT_LIVING
                || claim.programme == ProgrammeKind.TRAINING;
        if (caller.is(Role.WORKER) && paysWorker && claim.workerId != null) {
            return caller.workerId().filter(claim.workerId.toString()::equals).isPresent();
        }
        if (caller.is(Role.EMPLOYER) && !paysWorker && claim.employerId != null) {
            return caller.employerId().filter(claim.employerId::equals).isPresent();
        }
        return false;
    }

    private static Claim visible(Claim claim, UUID id, Caller caller) {
        if (claim == null || !maySee(claim, caller)) {
            throw ProblemException.notFound("claim", id);
        }
        return claim;
    }

    private Claim newClaim(ClaimRequests.SubmitClaim r, Caller caller) {
        Claimant role = Claimant.of(caller);
        if (role == null) {
            throw ProblemException.forbidden("workers, employers and officers claim subsidies; partners read totals");
        }
        String ref = switch (role) {
            case WORKER -> caller.workerId().orElseThrow(() ->
                    ProblemException.forbidden("this account is not linked to a labour file (no worker_id claim)"));
            case EMPLOYER -> caller.employerId().orElseThrow(() ->
                    ProblemException.forbidden("this account is not linked to an employer (no employer_id claim)"));
            case OFFICER -> caller.region().map(Object::toString).orElseThrow(() ->
                    ProblemException.forbidden("this officer account has no region"));
        };
        Claim c = new Claim();
        c.id = UUID.randomUUID();
        c.version = 1;
        c.programme = r.programme();
        c.status = ClaimStatus.WAITING_FOR_FACTS;
        c.claimant = caller.subject();
        c.claimantRole = role;
        c.claimantRef = ref;
        c.evidence = new Evidence.Documents(r.evidence());
        c.amountClaimed = r.amount() == null ? null : r.amount().setScale(2);
        switch (r.programme()) {
            case TRANSPORT, SME_HIRING, PUBLIC_WELFARE_POST -> {
                c.employmentId = required("employmentId", r.employmentId(), "names the hire claimed for");
                if (r.programme() == ProgrammeKind.PUBLIC_WELFARE_POST) {
                    c.period = required("period", r.period(), "names the month claimed for (yyyy-MM)");
                }
                if (r.programme() == ProgrammeKind.TRANSPORT) {
                    required("amount", r.amount(), "is the transport cost claimed (the programme pays up to its cap)");
                }
            }
            case HELPING_COMPANY_REWARD -> {
                c.employerId = r.employerId() != null ? r.employerId() : role == Claimant.EMPLOYER ? ref
                        : required("employerId", null, "names the employer rewarded");
                c.period = String.valueOf(required("year", r.year(), "names the year rewarded"));
            }
            case STUDENT_LIVING -> {
                c.workerId = r.workerId() != null ? r.workerId() : role == Claimant.WORKER ? UUID.fromString(ref)
                        : required("workerId", null, "names the student's labour file");
                c.period = String.valueOf(required("year", r.year(), "names the school year (its first calendar year)"));
            }
            case TRAINING -> {
                c.enrolmentId = required("enrolmentId", r.enrolmentId(), "names the completed course claimed for");
                required("amount", r.amount(), "is the training cost claimed (the programme pays up to its cap)");
            }
        }
        c.holdNoSlotYet();
        Instant now = Instant.now(clock);
        c.submittedAt = now;
        c.updatedAt = now;
        return c;
    }

    private static <T> T required(String field, T value, String message) {
        if (value == null) {
            throw ProblemException.invalidField(field, "is required for this programme: " + message);
        }
        return value;
    }
}
