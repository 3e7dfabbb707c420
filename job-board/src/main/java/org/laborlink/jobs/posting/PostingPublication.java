package org.laborlink.jobs.posting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.jobs.policy.domain.ProvincePolicy;
import org.laborlink.jobs.policy.store.ProvincePolicyRepository;
import org.laborlink.jobs.posting.api.ChangePosting;
import org.laborlink.jobs.posting.api.PublishPosting;
import org.laborlink.jobs.posting.domain.Posting;
import org.laborlink.jobs.posting.domain.PostingAccess;
import org.laborlink.jobs.posting.domain.PostingGate;
import org.laborlink.jobs.posting.domain.PostingRules;
import org.laborlink.jobs.posting.domain.PostingStatus;
import org.laborlink.jobs.posting.domain.Requirements;
import org.laborlink.jobs.posting.store.PostingRepository;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.occupations.OccupationNormaliser.SuggestedCodes;
import org.laborlink.platform.occupations.OccupationSuggestions;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.OccupationClassification;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.platform.store.TransactionLocks;
import org.laborlink.platform.time.PlatformCalendar;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Publishing and closing postings: each change and its event commit in one transaction. */
@ApplicationScoped
public class PostingPublication {

    static final int DEFAULT_DAYS_OPEN = 30;
    /** Expiry dates are days in China. */

    private final PostingRepository postings;
    private final ProvincePolicyRepository policies;
    private final EventOutbox outbox;
    private final AdministrativeDivisions divisions;
    private final OccupationClassification occupations;
    private final EmployerStandings employers;
    private final OccupationSuggestions suggestions;
    private final Clock clock;

    private final EarlyWarningFlags warnings;

    public PostingPublication(PostingRepository postings, ProvincePolicyRepository policies, EventOutbox outbox, AdministrativeDivisions divisions,
            OccupationClassification occupations, EmployerStandings employers, EarlyWarningFlags warnings,
            OccupationSuggestions suggestions, Clock clock) {
        this.employers = employers;
        this.warnings = warnings;
        this.suggestions = suggestions;
        this.clock = clock;
        this.postings = postings;
        this.policies = policies;
        this.outbox = outbox;
        this.divisions = divisions;
        this.occupations = occupations;
    }

    /**
     * Creates a posting held to its type's rules; publishes it at once unless the employer keeps it as a draft. One
     * created with a title only is kept as a draft with the codes suggested for its title, to open once one is
     * confirmed.
     */
    public Uni<Posting> publish(PublishPosting request, Caller caller) {
        String employerId = caller.employerId()
                .orElseThrow(() -> ProblemException.forbidden("this account is not linked to an employer (no employer_id claim)"));
        Posting posting = draft(request, employerId, caller.subject());
        Uni<Void> suggested = posting.occupationConfirmed ? Uni.createFrom().voidItem()
                : suggestions.forTitle(caller, posting.title).invoke(s -> posting.occupationSuggestions = new SuggestedCodes(s)).replaceWithVoid();
        return suggested.chain(() -> Panache.withTransaction(() -> policyFor(posting).chain(policy -> {
            PostingRules.check(posting, policy);
            return Boolean.TRUE.equals(request.notADuplicate()) || !posting.occupationConfirmed ? Uni.createFrom().voidItem()
                    : notATwin(posting);
        }).chain(() -> {
            if (Boolean.TRUE.equals(request.draft()) || !posting.occupationConfirmed) {
                return postings.persist(posting);
            }
            // a flagged employer's new posting waits as a draft for an officer of its region to publish it
            return gate(posting).chain(() -> warnings.isFlagged(employerId)).chain(flagged -> {
                if (flagged) {
                    return postings.persist(posting).replaceWithVoid();
                }
                posting.publish(Instant.now(clock));
                return postings.persist(posting).chain(Panache::getSession)
                        .chain(session -> outbox.append(session, posting.published()));
            });
        }).replaceWith(posting)));
    }

    /**
     * The same employer posting the same occupation in the same region at the same pay as an open posting is most
     * likely a repost: refused pointing to the open one, unless the employer says it is not a duplicate.
     */
    private Uni<Void> notATwin(Posting posting) {
        return postings.openTwinOf(posting).map(twin -> {
            if (twin != null) {
                throw ProblemException.duplicate("likely-duplicate-posting", "your open posting " + twin.id
                        + " has the same occupation, work region and pay; send notADuplicate: true if this is another job",
                        "/api/v1/jobs/" + twin.id);
            }
            return null;
        }).replaceWithVoid();
    }

    /** Publishes a draft, checking its type's rules against today's policy numbers. */
    public Uni<Posting> publishDraft(UUID id, Caller caller) {
        return Panache.withTransaction(() -> managed(id, caller, "publish").chain(posting -> policyFor(posting)
                .chain(policy -> {
                    PostingRules.check(posting, policy);
                    // a posting created with a title only was not checked for a twin then: its code is known now
                    boolean unchecked = posting.occupationSuggestions != null && !posting.notADuplicate;
                    return (unchecked && posting.occupationCode != null ? notATwin(posting) : Uni.createFrom().voidItem())
                            .chain(() -> gate(posting)).chain(() -> reviewed(posting, caller));
                }).chain(() -> {
                    posting.publish(Instant.now(clock));
                    return Panache.getSession().chain(session -> outbox.append(session, posting.published()));
                }).replaceWith(posting)));
    }

    /**
     * While its employer is flagged by the early warning (an open wage-arrears case), a posting opens only when an
     * officer of its region publishes it, having reviewed it: the employer's own publication is refused (409), the
     * posting kept as a draft.
     */
    private Uni<Void> reviewed(Posting posting, Caller caller) {
        if (caller.governs(posting.workRegion)) {
            return Uni.createFrom().voidItem();
        }
        return warnings.isFlagged(posting.employerId).invoke(flagged -> {
            if (flagged) {
                throw ProblemException.conflict("employer-under-review", "employer " + posting.employerId + " is flagged by "
                        + "the early warning (wage arrears, churn or a layoff): posting " + posting.id + " waits as a draft for an "
                        + "officer of its region to review and publish it");
            }
        }).replaceWithVoid();
    }

    /** The posting gate: its occupation code confirmed, its employer verified (and not suspended) for it to open. */
    private Uni<Void> gate(Posting posting) {
        PostingGate.mayOpen(posting);
        // under the employer's lock, so a suspension running at the same time comes before or after, never between
        return Panache.getSession().chain(s -> TransactionLocks.lock(s, "employer-id:" + posting.employerId))
                .chain(() -> employers.standingOf(posting.employerId))
                .invoke(standing -> PostingGate.mayOpen(posting.employerId, standing)).replaceWithVoid();
    }

    /**
     * Holds the employer's open postings while it is suspended, each announced (matching drops it from the index), in
     * the caller's transaction; returns how many.
     */
    public Uni<Integer> holdAllOf(String employerId) {
        Instant now = Instant.now(clock);
        return postings.ofEmployer(employerId, PostingStatus.OPEN).chain(open -> Panache.getSession()
                .chain(session -> outbox.appendAll(session, open.stream().map(p -> (DomainEvent) p.suspend(now)).toList()))
                .replaceWith(open.size()));
    }

    /**
     * Opens the employer's held postings again once it is reinstated or its early-warning flag clears (announced
     * again), in the caller's transaction; none while a flag still stands.
     */
    public Uni<Integer> reopenAllOf(String employerId) {
        Instant now = Instant.now(clock);
        return warnings.isFlagged(employerId).chain(flagged -> flagged ? Uni.createFrom().item(List.<Posting>of())
                : postings.ofEmployer(employerId, PostingStatus.SUSPENDED)).chain(held -> Panache.getSession()
                .chain(session -> outbox.appendAll(session, held.stream().map(p -> p.reinstate(now)).toList()))
                .replaceWith(held.size()));
    }

    /**
     * Changes a draft or open posting: the caller names the version they read (If-Match); the posting is held to its
     * type's rules again; an open one announces the change (matching re-indexes it).
     */
    public Uni<Posting> change(UUID id, long expectedVersion, ChangePosting request, Caller caller) {
        Instant now = Instant.now(clock);
        boolean[] confirmed = {false};
        boolean[] retitled = {false};
        return Panache.withTransaction(() -> managed(id, caller, "change").chain(posting -> {
            if (posting.version != expectedVersion) {
                throw ProblemException.staleVersion(expectedVersion, posting.version);
            }
            if (posting.status != PostingStatus.DRAFT && posting.status != PostingStatus.OPEN
                    && posting.status != PostingStatus.SUSPENDED) {
                throw ProblemException.conflict("posting-ended", "posting " + id + " is " + posting.status);
            }
            List<String> changed = apply(posting, request);
            confirmed[0] = changed.contains("occupationCode");
            retitled[0] = !posting.occupationConfirmed && changed.contains("title");
            if (changed.isEmpty()) {
                return Uni.createFrom().item(posting);
            }
            return policyFor(posting).chain(policy -> {
                PostingRules.check(posting, policy);
                posting.touch(now);
                if (posting.status != PostingStatus.OPEN) {
                    return Uni.createFrom().item(posting);
                }
                return Panache.getSession().chain(session -> outbox.append(session, posting.updated(changed)))
                        .replaceWith(posting);
            });
        })).call(posting -> confirmed[0] && posting.occupationSuggestions != null
                ? suggestions.confirm(caller, posting.title, posting.occupationCode, "POSTING")
                : Uni.createFrom().voidItem())
                .call(posting -> retitled[0] ? suggestAgain(posting, caller) : Uni.createFrom().voidItem());
    }

    /**
     * New suggestions for a draft whose title changed before its code was confirmed, asked after the change committed
     * (only such drafts wait for the normaliser) and kept beside it: advice, so the version stays.
     */
    private Uni<Void> suggestAgain(Posting changed, Caller caller) {
        return suggestions.forTitle(caller, changed.title).chain(found -> Panache.withTransaction(() -> postings
                .findById(changed.id, LockModeType.PESSIMISTIC_WRITE).invoke(posting -> {
                    if (posting != null && !posting.occupationConfirmed && posting.title.equals(changed.title)) {
                        posting.occupationSuggestions = new SuggestedCodes(found);
                        changed.occupationSuggestions = posting.occupationSuggestions;
                    }
                }))).replaceWithVoid();
    }

    /** Applies the fields present; returns the names of those that changed. */
    private List<String> apply(Posting p, ChangePosting r) {
        List<String> changed = new ArrayList<>();
        if (r.title() != null && !r.title().strip().equals(p.title)) {
            p.title = r.title().strip();
            changed.add("title");
        }
        if (r.occupationCode() != null && (!p.occupationConfirmed || !r.occupationCode().equals(p.occupationCode))) {
            if (p.occupationConfirmed) {
                throw ProblemException.invalidField("occupationCode", "is what the posting is once confirmed; close it and post anew");
            }
            if (!occupations.isDetailedOccupation(r.occupationCode())) {
                throw ProblemException.invalidField("occupationCode", "is not a detailed CSCO 2022 occupation");
            }
            p.occupationCode = r.occupationCode();
            p.occupationConfirmed = true;
            changed.add("occupationCode");
        }
        if (r.payMin() != null && r.payMin().compareTo(p.payMin) != 0) {
            p.payMin = r.payMin().setScale(2);
            changed.add("payMin");
        }
        if (r.payMax() != null && r.payMax().compareTo(p.payMax) != 0) {
            p.payMax = r.payMax().setScale(2);
            changed.add("payMax");
        }
        if (p.payMin.compareTo(p.payMax) > 0) {
            throw ProblemException.invalidField("payMax", "must not be below payMin");
        }
        if (r.headcount() != null && r.headcount() != p.headcount) {
            int hired = p.headcount - p.placesLeft;
            if (r.headcount() < hired) {
                throw ProblemException.invalidField("headcount", "must not be below the " + hired + " already hired");
            }
            p.headcount = r.headcount();
            p.placesLeft = r.headcount() - hired;
            changed.add("headcount");
        }
        if (r.accommodation() != null && r.accommodation() != p.accommodation) {
            p.accommodation = r.accommodation();
            changed.add("accommodation");
        }
        if (r.meals() != null && r.meals() != p.meals) {
            p.meals = r.meals();
            changed.add("meals");
        }
        if (r.transport() != null && r.transport() != p.transport) {
            p.transport = r.transport();
            changed.add("transport");
        }
        if (r.startDate() != null && !r.startDate().equals(p.startDate)) {
            p.startDate = r.startDate();
            changed.add("startDate");
        }
        if (r.endDate() != null && !r.endDate().equals(p.endDate)) {
            p.endDate = r.endDate();
            changed.add("endDate");
        }
        if (r.expiresOn() != null && !r.expiresOn().equals(p.expiresOn)) {
            if (r.expiresOn().isBefore(PlatformCalendar.today(clock))) {
                throw ProblemException.invalidField("expiresOn", "must not be in the past");
            }
            p.expiresOn = r.expiresOn();
            p.expiresAt = PlatformCalendar.endOf(r.expiresOn());
            changed.add("expiresOn");
        }
        return changed;
    }

    /** Ends the open postings whose expiry instant has passed, each with its event; returns how many. */
    public Uni<Integer> expireDue() {
        Instant now = Instant.now(clock);
        return Panache.withTransaction(() -> postings.openExpiredBy(now, 100).chain(due -> Panache.getSession()
                .chain(session -> outbox.appendAll(session, due.stream().map(posting -> posting.expire(now)).toList()))
                .replaceWith(due.size())));
    }

    private Uni<ProvincePolicy> policyFor(Posting posting) {
        String province = new RegionCode(posting.workRegion).province();
        return policies.findById(province).map(policy -> {
            if (policy == null) {
                throw ProblemException.invalidField("workRegion", "the platform has no employment policy for province "
                        + province + " yet; an admin sets it with PUT /api/v1/policies/" + province);
            }
            return policy;
        });
    }

    /** The posting, if the caller sees it (404 otherwise) and may manage it (403 otherwise). */
    private Uni<Posting> managed(UUID id, Caller caller, String action) {
        return postings.findById(id, LockModeType.PESSIMISTIC_WRITE).map(posting -> {
            if (posting == null || !PostingAccess.canSee(caller, posting)) {
                throw ProblemException.notFound("posting", id);
            }
            if (!PostingAccess.canManage(caller, posting)) {
                throw ProblemException.forbidden("only the posting's employer or an officer of its region may " + action + " it");
            }
            return posting;
        });
    }

    public Uni<Posting> close(UUID id, Caller caller) {
        return Panache.withTransaction(() -> managed(id, caller, "close").chain(posting -> {
            var closed = posting.close(Instant.now(clock));
            return Panache.getSession().chain(session -> outbox.append(session, closed)).replaceWith(posting);
        }));
    }

    private Posting draft(PublishPosting request, String employerId, String author) {
        if (request.occupationCode() != null && !occupations.isDetailedOccupation(request.occupationCode())) {
            throw ProblemException.invalidField("occupationCode", "is not a detailed CSCO 2022 occupation");
        }
        if (!divisions.isCounty(request.workRegion())) {
            throw ProblemException.invalidField("workRegion", "is not a county-level division known to the platform");
        }
        if (request.payMin().compareTo(request.payMax()) > 0) {
            throw ProblemException.invalidField("payMax", "must not be below payMin");
        }
        Instant now = Instant.now(clock);
        LocalDate today = PlatformCalendar.dayOf(now);
        LocalDate expiresOn = request.expiresOn() == null ? today.plusDays(DEFAULT_DAYS_OPEN) : request.expiresOn();
        if (expiresOn.isBefore(today)) {
            throw ProblemException.invalidField("expiresOn", "must not be in the past");
        }
        Instant endOfExpiryDay = PlatformCalendar.endOf(expiresOn);
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw ProblemException.invalidField("expiresAt", "must be in the future");
        }
        if (request.ageMin() != null && request.ageMax() != null && request.ageMin() > request.ageMax()) {
            throw ProblemException.invalidField("ageMax", "must not be below ageMin");
        }
        Posting p = new Posting();
        p.id = UUID.randomUUID();
        p.version = 0;
        p.employerId = employerId;
        p.title = request.title().strip();
        p.occupationCode = request.occupationCode();
        p.occupationConfirmed = request.occupationCode() != null;
        p.notADuplicate = Boolean.TRUE.equals(request.notADuplicate());
        p.jobType = request.jobType();
        p.workRegion = request.workRegion();
        if (request.location() != null) {
            p.lat = request.location().lat();
            p.lon = request.location().lon();
        }
        p.payMin = request.payMin().setScale(2);
        p.payMax = request.payMax().setScale(2);
        p.headcount = request.headcount();
        p.placesLeft = request.headcount();
        p.requirements = new Requirements(requiredSkills(request));
        p.accommodation = Boolean.TRUE.equals(request.accommodation());
        p.meals = Boolean.TRUE.equals(request.meals());
        p.transport = Boolean.TRUE.equals(request.transport());
        p.startDate = request.startDate();
        p.expiresOn = expiresOn;
        p.expiresAt = request.expiresAt() != null && request.expiresAt().isBefore(endOfExpiryDay) ? request.expiresAt()
                : endOfExpiryDay;
        p.requiresExperience = Boolean.TRUE.equals(request.requiresExperience());
        p.minEducation = request.minEducation();
        p.ageMin = request.ageMin();
        p.ageMax = request.ageMax();
        p.endDate = request.endDate();
        p.accidentInsuranceCover = request.accidentInsuranceCover() == null ? null : request.accidentInsuranceCover().setScale(2);
        p.status = PostingStatus.DRAFT;
        p.createdBy = author;
        p.createdAt = now;
        p.updatedAt = now;
        return p;
    }

    private List<RequiredSkill> requiredSkills(PublishPosting request) {
        List<RequiredSkill> out = new ArrayList<>();
        List<PublishPosting.Skill> given = request.requiredSkills() == null ? List.of() : request.requiredSkills();
        for (int i = 0; i < given.size(); i++) {
            PublishPosting.Skill s = given.get(i);
            if (occupations.find(s.code()).isEmpty()) {
                throw ProblemException.invalidField("requiredSkills[" + i + "].code", "is not a CSCO 2022 code");
            }
            out.add(new RequiredSkill(s.code(), s.level(), !Boolean.FALSE.equals(s.mustHave())));
        }
        return out;
    }
}
