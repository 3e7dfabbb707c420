package org.laborlink.jobs.fair.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A job fair a labour office organises, on site or online, for a region and some days: in its own region, or in a
 * region it is paired with for east-west cooperation (a fair "held in the partner region"). It may be one of a
 * campaign's fairs.
 */
@Entity
@Table(name = "job_fair")
public class JobFair {

    public enum Kind {
        ON_SITE, ONLINE
    }

    /** What a fair has drawn so far: employers, postings, places, intentions (applications naming it), hires. */
    public record Figures(long employers, long postings, long places, long intentions, long hires) {
    }

    @Id
    public UUID id;
    public String name;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String region;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public String organiser;
    /** The region of the office that organised it. */
    public String organiserRegion;
    public UUID campaignId;
    public Instant createdAt;
}
