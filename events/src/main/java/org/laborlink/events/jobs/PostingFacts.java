package org.laborlink.events.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.JobType;

/** What every open-posting event tells consumers about the posting as it now stands: what matching indexes. */
public interface PostingFacts extends DomainEvent {

    String postingId();

    String employerId();

    String title();

    String occupationCode();

    JobType jobType();

    String workRegion();

    GeoPoint location();

    BigDecimal payMin();

    BigDecimal payMax();

    int headcount();

    int placesLeft();

    List<RequiredSkill> requiredSkills();

    boolean accommodation();

    boolean meals();

    boolean transport();

    LocalDate startDate();

    LocalDate expiresOn();

    Instant publishedAt();

    @Override
    default String aggregateId() {
        return postingId();
    }
}
