package org.laborlink.events;

import java.util.Arrays;
import java.util.Optional;

import org.laborlink.events.accounts.AccountLinked;
import org.laborlink.events.accounts.AccountUnlinked;
import org.laborlink.events.applications.ApplicationChanged;
import org.laborlink.events.employers.EmployerChanged;
import org.laborlink.events.employment.EmploymentEnded;
import org.laborlink.events.employment.EmploymentMilestone;
import org.laborlink.events.employment.WorkerHired;
import org.laborlink.events.jobs.PostingClosed;
import org.laborlink.events.jobs.PostingPublished;
import org.laborlink.events.jobs.PostingSuspended;
import org.laborlink.events.jobs.PostingUpdated;
import org.laborlink.events.matches.MatchSuggested;
import org.laborlink.events.subsidies.ClaimDecided;
import org.laborlink.events.subsidies.ClaimPaid;
import org.laborlink.events.subsidies.ClaimSubmitted;
import org.laborlink.events.training.CourseChanged;
import org.laborlink.events.training.EnrolmentChanged;
import org.laborlink.events.workers.EmploymentStatusChanged;
import org.laborlink.events.rights.EmployerFlagChanged;
import org.laborlink.events.rights.RightsCaseChanged;
import org.laborlink.events.workers.LabourFileRegistered;
import org.laborlink.events.workers.LabourFileUpdated;
import org.laborlink.events.workers.LabourFileVerified;

/**
 * Every event type LaborLink publishes: its CloudEvents type, its topic, the record that carries its data and the
 * JSON Schema (under {@code schemas/}) that partners build against. A new incompatible shape is a new {@code .vN} type.
 */
public enum EventCatalog {
    LABOUR_FILE_REGISTERED("laborlink.worker.registered.v1", Topics.WORKERS, LabourFileRegistered.class),
    LABOUR_FILE_UPDATED("laborlink.worker.updated.v1", Topics.WORKERS, LabourFileUpdated.class),
    LABOUR_FILE_VERIFIED("laborlink.worker.verified.v1", Topics.WORKERS, LabourFileVerified.class),
    EMPLOYMENT_STATUS_CHANGED("laborlink.worker.employment-status-changed.v1", Topics.WORKERS, EmploymentStatusChanged.class),
    WORKER_HIRED("laborlink.employment.hired.v1", Topics.EMPLOYMENT, WorkerHired.class),
    EMPLOYMENT_ENDED("laborlink.employment.ended.v1", Topics.EMPLOYMENT, EmploymentEnded.class),
    EMPLOYMENT_MILESTONE("laborlink.employment.milestone.v1", Topics.EMPLOYMENT, EmploymentMilestone.class),
    POSTING_PUBLISHED("laborlink.posting.published.v1", Topics.JOBS, PostingPublished.class),
    POSTING_UPDATED("laborlink.posting.updated.v1", Topics.JOBS, PostingUpdated.class),
    POSTING_CLOSED("laborlink.posting.closed.v1", Topics.JOBS, PostingClosed.class),
    POSTING_SUSPENDED("laborlink.posting.suspended.v1", Topics.JOBS, PostingSuspended.class),
    APPLICATION_CHANGED("laborlink.application.changed.v1", Topics.APPLICATIONS, ApplicationChanged.class),
    EMPLOYER_CHANGED("laborlink.employer.changed.v1", Topics.EMPLOYERS, EmployerChanged.class),
    CLAIM_SUBMITTED("laborlink.claim.submitted.v1", Topics.SUBSIDIES, ClaimSubmitted.class),
    CLAIM_DECIDED("laborlink.claim.decided.v1", Topics.SUBSIDIES, ClaimDecided.class),
    CLAIM_PAID("laborlink.claim.paid.v1", Topics.SUBSIDIES, ClaimPaid.class),
    COURSE_CHANGED("laborlink.course.changed.v1", Topics.TRAINING, CourseChanged.class),
    ENROLMENT_CHANGED("laborlink.enrolment.changed.v1", Topics.TRAINING, EnrolmentChanged.class),
    MATCH_SUGGESTED("laborlink.match.suggested.v1", Topics.MATCHES, MatchSuggested.class),
    ACCOUNT_LINKED("laborlink.account.linked.v1", Topics.ACCOUNTS, AccountLinked.class),
    ACCOUNT_UNLINKED("laborlink.account.unlinked.v1", Topics.ACCOUNTS, AccountUnlinked.class),
    RIGHTS_CASE_CHANGED("laborlink.rights-case.changed.v1", Topics.RIGHTS, RightsCaseChanged.class),
    EMPLOYER_FLAG_CHANGED("laborlink.employer.flag-changed.v1", Topics.RIGHTS, EmployerFlagChanged.class);

    private final String type;
    private final String topic;
    private final Class<? extends DomainEvent> dataClass;

    EventCatalog(String type, String topic, Class<? extends DomainEvent> dataClass) {
        this.type = type;
        this.topic = topic;
        this.dataClass = dataClass;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends DomainEvent> dataClass() {
        return dataClass;
    }

    /** Classpath location of the JSON Schema of this event's data. */
    public String schemaResource() {
        return "schemas/" + type + ".json";
    }

    public static EventCatalog of(Class<?> dataClass) {
        return Arrays.stream(values()).filter(k -> k.dataClass == dataClass).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(dataClass.getName() + " is not in the event catalogue"));
    }

    public static Optional<EventCatalog> ofType(String type) {
        return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst();
    }
}
