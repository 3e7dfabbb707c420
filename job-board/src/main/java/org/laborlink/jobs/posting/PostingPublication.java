package org.laborlink.jobs.posting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.jobs.posting.api.PublishPosting;
import org.laborlink.jobs.posting.domain.Posting;
import org.laborlink.jobs.posting.domain.PostingAccess;
import org.laborlink.jobs.posting.domain.PostingStatus;
import org.laborlink.jobs.posting.domain.Requirements;
import org.laborlink.jobs.posting.store.PostingRepository;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.OccupationClassification;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Publishing and closing postings: each change and its event commit in one transaction. */
@ApplicationScoped
public class PostingPublication {

    static final int DEFAULT_DAYS_OPEN = 30;

    private final PostingRepository postings;
    private final EventOutbox outbox;
    private final AdministrativeDivisions divisions;
    private final OccupationClassification occupations;
    private final Clock clock = Clock.systemUTC();

    public PostingPublication(PostingRepository postings, EventOutbox outbox, AdministrativeDivisions divisions,
            OccupationClassification occupations) {
        this.postings = postings;
        this.outbox = outbox;
        this.divisions = divisions;
        this.occupations = occupations;
    }

    public Uni<Posting> publish(PublishPosting request, Caller caller) {
        String employerId = caller.employerId()
                .orElseThrow(() -> ProblemException.forbidden("this account is not linked to an employer (no employer_id claim)"));
        Posting posting = draft(request, employerId, caller.subject());
        posting.publish(Instant.now(clock));
        return Panache.withTransaction(() -> postings.persist(posting)
                .chain(Panache::getSession)
                .chain(session -> outbox.append(session, posting.published()))
                .replaceWith(posting));
    }

    public Uni<Posting> close(UUID id, Caller caller) {
        return Panache.withTransaction(() -> postings.findById(id).chain(posting -> {
            if (posting == null || !PostingAccess.canSee(caller, posting)) {
                throw ProblemException.notFound("posting", id);
            }
            if (!PostingAccess.canManage(caller, posting)) {
                throw ProblemException.forbidden("only the posting's employer or an officer of its region may close it");
            }
            var closed = posting.close(Instant.now(clock));
            return Panache.getSession().chain(session -> outbox.append(session, closed)).replaceWith(posting);
        }));
    }

    private Posting draft(PublishPosting request, String employerId, String author) {
        if (!occupations.isDetailedOccupation(request.occupationCode())) {
            throw ProblemException.invalidField("occupationCode", "is not a detailed CSCO 2022 occupation");
        }
        if (!divisions.isCounty(request.workRegion())) {
            throw ProblemException.invalidField("workRegion", "is not a county-level division known to the platform");
        }
        if (request.payMin().compareTo(request.payMax()) > 0) {
            throw ProblemException.invalidField("payMax", "must not be below payMin");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate expiresOn = request.expiresOn() == null ? today.plusDays(DEFAULT_DAYS_OPEN) : request.expiresOn();
        if (!expiresOn.isAfter(today)) {
            throw ProblemException.invalidField("expiresOn", "must be after today");
        }
        Instant now = Instant.now(clock);
        Posting p = new Posting();
        p.id = UUID.randomUUID();
        p.version = 0;
        p.employerId = employerId;
        p.title = request.title().strip();
        p.occupationCode = request.occupationCode();
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
