package org.laborlink.jobs.posting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.EducationLevel;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.jobs.PostingClosed;
import org.laborlink.events.jobs.PostingPublished;
import org.laborlink.events.jobs.PostingSuspended;
import org.laborlink.events.jobs.PostingUpdated;
import org.laborlink.platform.occupations.OccupationNormaliser.SuggestedCodes;
import org.laborlink.platform.problem.ProblemException;

/** An employer's job posting. Money in yuan. */
@Entity
@Table(name = "posting")
public class Posting {

    @Id
    public UUID id;
    public long version;
    public String employerId;
    public String title;
    /** Null until one is confirmed for a posting created with a title only. */
    public String occupationCode;
    /** Whether the employer or an officer chose the code; a posting opens only with a confirmed one. */
    public boolean occupationConfirmed;
    /** The codes the normaliser suggested for a posting created with a title only, best first. */
    @JdbcTypeCode(SqlTypes.JSON)
    public SuggestedCodes occupationSuggestions;
    /** The employer said at creation this is not a repost of an open posting of the same occupation, region and pay. */
    @Column(name = "not_a_duplicate")
    public boolean notADuplicate;
    @Enumerated(EnumType.STRING)
    public JobType jobType;
    public String workRegion;
    public Double lat;
    public Double lon;
    public BigDecimal payMin;
    public BigDecimal payMax;
    public int headcount;
    public int placesLeft;
    @JdbcTypeCode(SqlTypes.JSON)
    public Requirements requirements;
    public boolean accommodation;
    public boolean meals;
    public boolean transport;
    public LocalDate startDate;
    public LocalDate expiresOn;
    public Instant expiresAt;
    public boolean requiresExperience;
    @Enumerated(EnumType.STRING)
    public EducationLevel minEducation;
    public Integer ageMin;
    public Integer ageMax;
    public LocalDate endDate;
    public BigDecimal accidentInsuranceCover;
    @Enumerated(EnumType.STRING)
    public PostingStatus status;
    public Instant publishedAt;
    public Instant closedAt;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;

    public GeoPoint location() {
        return lat == null || lon == null ? null : new GeoPoint(lat, lon);
    }

    /** Opens the posting for applications; announces it with {@link #published()}. */
    public void publish(Instant now) {
        if (status != PostingStatus.DRAFT) {
            throw ProblemException.conflict("posting-not-draft", "posting " + id + " is " + status + ", only a draft can be published");
        }
        status = PostingStatus.OPEN;
        publishedAt = now;
        touch(now);
    }

    /** Holds an open posting while its employer is suspended: it leaves the index and takes no applications. */
    public PostingSuspended suspend(Instant now) {
        if (status != PostingStatus.OPEN) {
            throw new IllegalStateException("posting " + id + " is " + status);
        }
        status = PostingStatus.SUSPENDED;
        touch(now);
        return new PostingSuspended(id.toString(), version, employerId, now);
    }

    /** Opens a held posting again once its employer is reinstated (past its expiry, it expires instead). */
    public DomainEvent reinstate(Instant now) {
        if (status != PostingStatus.SUSPENDED) {
            throw new IllegalStateException("posting " + id + " is " + status);
        }
        if (!now.isBefore(expiresAt)) {
            return expire(now);
        }
        status = PostingStatus.OPEN;
        touch(now);
        return published();
    }

    /** Stops taking applications on the employer's or an officer's word. */
    public PostingClosed close(Instant now) {
        if (status != PostingStatus.OPEN && status != PostingStatus.DRAFT && status != PostingStatus.SUSPENDED) {
            throw ProblemException.conflict("posting-ended", "posting " + id + " is already " + status);
        }
        return end(PostingStatus.CLOSED, PostingClosed.Outcome.CLOSED, now);
    }

    /** Ends the posting by itself once its expiry instant has passed. */
    public PostingClosed expire(Instant now) {
        return end(PostingStatus.EXPIRED, PostingClosed.Outcome.EXPIRED, now);
    }

    /**
     * Takes one place for a hire; the last place fills the posting.
     *
     * @return the filled event when this hire took the last place, the updated event otherwise
     */
    public DomainEvent takePlace(Instant now) {
        if (status != PostingStatus.OPEN || placesLeft == 0) {
            throw ProblemException.conflict("posting-not-open", "posting " + id + " is " + status + " with "
                    + placesLeft + " places left; it takes no more hires");
        }
        placesLeft--;
        if (placesLeft == 0) {
            return end(PostingStatus.FILLED, PostingClosed.Outcome.FILLED, now);
        }
        touch(now);
        return updated(List.of("placesLeft"));
    }

    private PostingClosed end(PostingStatus to, PostingClosed.Outcome outcome, Instant now) {
        status = to;
        closedAt = now;
        touch(now);
        return new PostingClosed(id.toString(), version, outcome, now);
    }

    /** The event announcing a change of an open posting, with the fields that changed. */
    public PostingUpdated updated(List<String> changedFields) {
        return new PostingUpdated(id.toString(), version, employerId, title, occupationCode, jobType, workRegion, location(),
                payMin, payMax, headcount, placesLeft, requirements.skills(), accommodation, meals, transport, startDate,
                expiresOn, publishedAt, List.copyOf(changedFields), updatedAt);
    }

    public PostingPublished published() {
        return new PostingPublished(id.toString(), version, employerId, title, occupationCode, jobType, workRegion, location(),
                payMin, payMax, headcount, placesLeft, requirements.skills(), accommodation, meals, transport, startDate,
                expiresOn, publishedAt);
    }

    /** Stamps a change made by {@link org.laborlink.jobs.posting.PostingPublication#change}. */
    public void touch(Instant now) {
        version++;
        updatedAt = now;
    }
}
