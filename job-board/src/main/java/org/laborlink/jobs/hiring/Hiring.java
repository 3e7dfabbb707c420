package org.laborlink.jobs.hiring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.JobType;
import org.laborlink.events.applications.ApplicationChanged;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.jobs.fair.store.JobFairRepository;
import org.laborlink.jobs.hiring.api.HiringRequests;
import org.laborlink.jobs.hiring.domain.Application;
import org.laborlink.jobs.hiring.domain.Employment;
import org.laborlink.jobs.hiring.domain.WorkerHome;
import org.laborlink.jobs.hiring.store.HiringRepositories;
import org.laborlink.jobs.posting.domain.Posting;
import org.laborlink.jobs.posting.domain.PostingAccess;
import org.laborlink.jobs.posting.domain.PostingStatus;
import org.laborlink.jobs.posting.store.PostingRepository;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.time.PlatformCalendar;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * From application to employment: a worker applies once per posting; the employer offers or rejects; the worker
 * accepts (the hire: an employment record, a place taken, the posting filled at zero) or withdraws; an officer may
 * record a hire arranged off the platform; an employment ends with a date and reason. Each change and its events
 * commit in one transaction.
 */
@ApplicationScoped
public class Hiring {

    private final HiringRepositories.Applications applications;
    private final HiringRepositories.Employments employments;
    private final HiringRepositories.WorkerHomeRepository homes;
    private final PostingRepository postings;
    private final JobFairRepository fairs;
    private final EventOutbox outbox;
    private final AdministrativeDivisions divisions;
    private final EmploymentEndings endings;
    private final Clock clock;

    public Hiring(HiringRepositories.Applications applications, HiringRepositories.Employments employments,
            HiringRepositories.WorkerHomeRepository homes, PostingRepository postings, JobFairRepository fairs,
            EventOutbox outbox, AdministrativeDivisions divisions, EmploymentEndings endings, Clock clock) {
        this.clock = clock;
        this.endings = endings;
        this.applications = applications;
        this.employments = employments;
        this.homes = homes;
        this.postings = postings;
        this.fairs = fairs;
        this.outbox = outbox;
        this.divisions = divisions;
    }

    public Uni<Application> apply(UUID postingId, HiringRequests.Apply request, Caller caller) {
        UUID workerId = caller.workerId().map(UUID::fromString)
                .orElseThrow(() -> ProblemException.forbidden("this account is not linked to a labour file (no worker_id claim)"));
        Instant now = Instant.now(clock);
        return Panache.withTransaction(() -> postings.findById(postingId).chain(posting -> {
            if (posting == null || !PostingAccess.canSee(caller, posting)) {
                throw ProblemException.notFound("posting", postingId);
            }
            if (posting.status != PostingStatus.OPEN) {
                throw ProblemException.conflict("posting-not-open", "posting " + postingId + " is " + posting.status);
            }
            UUID fairId = request == null ? null : request.fairId();
            Uni<Boolean> atFair = fairId == null ? Uni.createFrom().item(true) : fairs.offers(fairId, postingId);
            return atFair.invoke(offered -> {
                if (!offered) {
                    throw ProblemException.invalidField("fairId", "names no job fair offering this posting");
                }
            }).chain(() -> home(workerId)).chain(home -> applications.findByPostingAndWorker(postingId, workerId).chain(existing -> {
                if (existing != null) {
                    throw ProblemException.duplicate("duplicate-application", "you applied to this posting already",
                            "/api/v1/applications/" + existing.id);
                }
                Application a = new Application();
                a.id = UUID.randomUUID();
                a.version = 1;
                a.postingId = postingId;
                a.workerId = workerId;
                a.employerId = posting.employerId;
                a.householdRegion = home.householdRegion;
                a.fairId = request == null ? null : request.fairId();
                a.note = request == null ? null : request.note();
                a.status = ApplicationChanged.Status.APPLIED;
                a.appliedAt = now;
                a.updatedAt = now;
                return applications.persist(a).chain(() -> append(List.of(a.changed(posting)))).replaceWith(a);
            }));
        }));
    }

    /** A posting's applications, for its employer and the officers of its work region. */
    public Uni<List<Application>> applicationsOf(UUID postingId, Caller caller) {
        return postings.findById(postingId).chain(posting -> {
            if (posting == null || !PostingAccess.canManage(caller, posting)) {
                throw ProblemException.notFound("posting", postingId);
            }
            return applications.ofPosting(postingId);
        });
    }

    public Uni<Application> application(UUID id, Caller caller) {
        return applications.findById(id).chain(a -> a == null ? notFound(id)
                : postings.findById(a.postingId).map(p -> {
                    if (!maySee(caller, a, p)) {
                        throw ProblemException.notFound("application", id);
                    }
                    return a;
                }));
    }

    public Uni<List<Application>> applicationsOfWorker(Caller caller) {
        return applications.ofWorker(ownWorkerId(caller));
    }

    /** The calling worker's own employment records (their hires), newest first. */
    public Uni<List<Employment>> employmentsOfWorker(Caller caller) {
        return employments.ofWorker(ownWorkerId(caller));
    }

    private static UUID ownWorkerId(Caller caller) {
        return caller.workerId().map(UUID::fromString)
                .orElseThrow(() -> ProblemException.forbidden("this account is not linked to a labour file"));
    }

    public Uni<Application> offer(UUID id, HiringRequests.Offer request, Caller caller) {
        return asEmployer(id, caller, (a, p, now) -> {
            LocalDate start = request == null || request.startDate() == null ? PlatformCalendar.today(clock) : request.startDate();
            BigDecimal pay = request == null || request.monthlyPay() == null ? p.payMin : request.monthlyPay().setScale(2);
            return List.<DomainEvent>of(a.offer(p, start, pay, now));
        });
    }

    public Uni<Application> reject(UUID id, Caller caller) {
        return asEmployer(id, caller, (a, p, now) -> List.<DomainEvent>of(a.reject(p, now)));
    }

    public Uni<Application> withdraw(UUID id, Caller caller) {
        return asWorker(id, caller, (a, p, now) -> Uni.createFrom().item(List.<DomainEvent>of(a.withdraw(p, now))));
    }

    /** The worker accepts an offer: the hire. */
    public Uni<Application> accept(UUID id, Caller caller) {
        return asWorker(id, caller, (a, p, now) -> {
            ApplicationChanged accepted = a.accept(p, now);
            DomainEvent placeTaken = p.takePlace(now);
            return homes.findById(a.workerId).chain(home -> {
                Employment e = Employment.hire(null, a.workerId, a.householdRegion,
                        home == null ? null : home.povertyStatus, a.employerId, a.postingId, a.id, p.workRegion,
                        a.offeredStart, a.offeredPay, p.jobType, p.accidentInsuranceCover, caller.subject(), now);
                return persistNew(e).map(x -> List.<DomainEvent>of(accepted, e.hired(), placeTaken));
            });
        });
    }

    /**
     * An officer records a hire arranged off the platform (point-to-point transport and the like), of a worker whose
     * labour file they may see (their household region): anyone else is told the file does not exist.
     */
    public Uni<Employment> recordHire(HiringRequests.RecordHire request, Caller caller) {
        if (!divisions.isCounty(request.workRegion())) {
            throw ProblemException.invalidField("workRegion", "is not a county-level division known to the platform");
        }
        if (request.endDate() != null && (request.endReason() == null || request.endReason().isBlank())) {
            throw ProblemException.invalidField("endReason", "is required with an endDate");
        }
        Instant now = Instant.now(clock);
        return Panache.withTransaction(() -> home(request.workerId()).chain(home -> {
            if (!caller.governs(home.householdRegion)) {
                throw ProblemException.notFound("labour file", request.workerId());
            }
            Employment e = Employment.hire(request.id(), request.workerId(), home.householdRegion, home.povertyStatus,
                    request.employerId(), null, null, request.workRegion(), request.startDate(), request.monthlyPay(),
                    request.jobType() == null ? JobType.REGULAR : request.jobType(), request.accidentInsuranceCover(),
                    caller.subject(), now);
            return (request.id() == null ? Uni.createFrom().item((Employment) null) : employments.findById(request.id()))
                    .invoke(existing -> {
                        if (existing != null) {
                            throw ProblemException.duplicate("duplicate-employment", "employment " + existing.id
                                    + " exists", "/api/v1/employments/" + existing.id);
                        }
                    }).chain(() -> persistNew(e)).chain(() -> {
                        DomainEvent hired = e.hired();
                        if (request.endDate() == null) {
                            return append(List.of(hired));
                        }
                        DomainEvent ended = e.end(request.endDate(), request.endReason().strip(), null, now);
                        return append(List.of(hired, ended)).chain(() -> endings.ended(e.employerId, caller.subject()));
                    }).replaceWith(e);
        }));
    }

    public Uni<Employment> employment(UUID id, Caller caller) {
        return employments.findById(id).map(e -> {
            if (e == null || !maySee(caller, e)) {
                throw ProblemException.notFound("employment", id);
            }
            return e;
        });
    }

    public Uni<Employment> end(UUID id, HiringRequests.End request, Caller caller) {
        Instant now = Instant.now(clock);
        return Panache.withTransaction(() -> employments.findById(id, LockModeType.PESSIMISTIC_WRITE).chain(e -> {
            if (e == null || !maySee(caller, e)) {
                throw ProblemException.notFound("employment", id);
            }
            if (!ownEmployer(caller, e.employerId) && !caller.governs(e.workRegion) && !caller.governs(e.householdRegion)) {
                throw ProblemException.forbidden("the employer and the officers of the regions end an employment");
            }
            Uni<Posting> posting = e.postingId == null ? Uni.createFrom().nullItem() : postings.findById(e.postingId);
            return posting.chain(p -> {
                var ended = e.end(request.endDate(), request.reason().strip(), p == null ? null : p.occupationCode, now);
                return moveInFeed(e).chain(() -> append(List.of(ended)))
                        .chain(() -> endings.ended(e.employerId, caller.subject())).replaceWith(e);
            });
        }));
    }

    /** Records the 3- and 6-month milestones employment records have reached, each with its event; returns how many. */
    public Uni<Integer> recordMilestones() {
        LocalDate today = PlatformCalendar.today(clock);
        Instant now = Instant.now(clock);
        return Panache.withTransaction(() -> employments.milestonesDue(today, 200).chain(due -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (Employment e : due) {
                chain = chain.chain(count -> {
                    List<DomainEvent> reached = List.copyOf(e.reachMilestones(today, now));
                    if (reached.isEmpty()) {
                        return Uni.createFrom().item(count);
                    }
                    return moveInFeed(e)
                            .chain(() -> append(reached)).replaceWith(count + reached.size());
                });
            }
            return chain;
        }));
    }

    /** Changes to employment records of workers from a province, after a feed position. */
    public Uni<List<Employment>> feed(String province, long after, int limit, Caller caller) {
        boolean partner = caller.is(Role.PARTNER) && caller.province().map(p -> p.value().equals(province)).orElse(false);
        if (!partner && !caller.governs(province)) {
            throw ProblemException.notFound("employment feed of province", province);
        }
        return employments.feed(province.substring(0, 2), after, limit);
    }

    /** An action of the application's employer (or an officer of the work region) on an application. */
    private Uni<Application> asEmployer(UUID id, Caller caller, EmployerStep step) {
        Instant now = Instant.now(clock);
        return Panache.withTransaction(() -> lockedApplication(id, caller).chain(a -> postings.findById(a.postingId)
                .chain(p -> {
                    if (!PostingAccess.canManage(caller, p)) {
                        throw ProblemException.forbidden("the posting's employer decides on its applications");
                    }
                    return append(step.apply(a, p, now)).replaceWith(a);
                })));
    }

    /** An action of the applying worker on their application. */
    private Uni<Application> asWorker(UUID id, Caller caller, WorkerStep step) {
        Instant now = Instant.now(clock);
        return Panache.withTransaction(() -> lockedApplication(id, caller).chain(a -> {
            if (!caller.is(Role.WORKER) || caller.workerId().filter(a.workerId.toString()::equals).isEmpty()) {
                throw ProblemException.forbidden("only the applying worker accepts or withdraws");
            }
            return postings.findById(a.postingId, LockModeType.PESSIMISTIC_WRITE)
                    .chain(p -> step.apply(a, p, now)).chain(this::append).replaceWith(a);
        }));
    }

    @FunctionalInterface
    private interface EmployerStep {
        List<DomainEvent> apply(Application a, Posting p, Instant now);
    }

    @FunctionalInterface
    private interface WorkerStep {
        Uni<List<DomainEvent>> apply(Application a, Posting p, Instant now);
    }

    private Uni<Application> lockedApplication(UUID id, Caller caller) {
        return applications.findById(id, LockModeType.PESSIMISTIC_WRITE).chain(a -> a == null ? notFound(id)
                : postings.findById(a.postingId).map(p -> {
                    if (!maySee(caller, a, p)) {
                        throw ProblemException.notFound("application", id);
                    }
                    return a;
                }));
    }

    private Uni<WorkerHome> home(UUID workerId) {
        return homes.findById(workerId).map(home -> {
            if (home == null) {
                throw ProblemException.conflict("unknown-worker", "job-board has not learned of labour file " + workerId
                        + " yet (it arrives from worker-registry within seconds of registration); try again");
            }
            return home;
        });
    }

    private Uni<Employment> persistNew(Employment e) {
        return moveInFeed(e).chain(() -> employments.persist(e));
    }

    /** Every change of an employment record takes the next position in the partner provinces' feed. */
    private Uni<Long> moveInFeed(Employment e) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select nextval('employment_feed_position')", Long.class).getSingleResult())
                .invoke(position -> e.feedPosition = position);
    }

    private Uni<Void> append(List<? extends DomainEvent> events) {
        return Panache.getSession().chain(session -> outbox.appendAll(session, events));
    }

    private static <T> Uni<T> notFound(UUID id) {
        return Uni.createFrom().failure(ProblemException.notFound("application", id));
    }

    private static boolean ownEmployer(Caller caller, String employerId) {
        return caller.is(Role.EMPLOYER) && caller.employerId().filter(employerId::equals).isPresent();
    }

    private static boolean maySee(Caller caller, Application a, Posting p) {
        boolean worker = caller.is(Role.WORKER) && caller.workerId().filter(a.workerId.toString()::equals).isPresent();
        return worker || ownEmployer(caller, a.employerId) || caller.governs(p.workRegion) || caller.governs(a.householdRegion);
    }

    private static boolean maySee(Caller caller, Employment e) {
        boolean worker = caller.is(Role.WORKER) && caller.workerId().filter(e.workerId.toString()::equals).isPresent();
        boolean partner = caller.is(Role.PARTNER) && caller.province().map(p -> p.contains(e.householdRegion)).orElse(false);
        return worker || partner || ownEmployer(caller, e.employerId) || caller.governs(e.workRegion)
                || caller.governs(e.householdRegion);
    }
}
