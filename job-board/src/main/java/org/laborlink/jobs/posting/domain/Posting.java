package org.laborlink.jobs.posting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;
import org.laborlink.events.jobs.PostingClosed;
import org.laborlink.events.jobs.PostingPublished;
import org.laborlink.platform.problem.ProblemException;

/** An employer's job posting. Money in yuan. */
@Entity
@Table(name = "posting")
public class Posting {

    @Id
    public UUID id;
    public long version;
    @Column(name = "employer_id")
    public String employerId;
    public String title;
    @Column(name = "occupation_code")
    public String occupationCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "job_type")
    public JobType jobType;
    @Column(name = "work_region")
    public String workRegion;
    public Double lat;
    public Double lon;
    @Column(name = "pay_min")
    public BigDecimal payMin;
    @Column(name = "pay_max")
    public BigDecimal payMax;
    public int headcount;
    @Column(name = "places_left")
    public int placesLeft;
    @JdbcTypeCode(SqlTypes.JSON)
    public Requirements requirements;
    public boolean accommodation;
    public boolean meals;
    public boolean transport;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "expires_on")
    public LocalDate expiresOn;
    @Enumerated(EnumType.STRING)
    public PostingStatus status;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
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

    /** Stops taking applications on the employer's or an officer's word. */
    public PostingClosed close(Instant now) {
        if (status != PostingStatus.OPEN && status != PostingStatus.DRAFT) {
            throw ProblemException.conflict("posting-ended", "posting " + id + " is already " + status);
        }
        status = PostingStatus.CLOSED;
        closedAt = now;
        touch(now);
        return new PostingClosed(id.toString(), version, PostingClosed.Outcome.CLOSED, now);
    }

    public PostingPublished published() {
        return new PostingPublished(id.toString(), version, employerId, title, occupationCode, jobType, workRegion, location(),
                payMin, payMax, headcount, placesLeft, requirements.skills(), accommodation, meals, transport, startDate,
                expiresOn, publishedAt);
    }

    private void touch(Instant now) {
        version++;
        updatedAt = now;
    }
}
