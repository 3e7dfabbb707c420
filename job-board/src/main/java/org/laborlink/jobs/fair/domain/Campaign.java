package org.laborlink.jobs.fair.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.laborlink.platform.reference.RegionCode;

/**
 * A recruitment campaign such as Spring Breeze (春风行动): online and on-site fairs over some dates and regions, whose
 * figures are the totals across its fairs, each employer and each worker counted once.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    public UUID id;
    public String name;
    public LocalDate startsOn;
    public LocalDate endsOn;
    /** The division codes the campaign runs in; a fair of the campaign is held inside one of them. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Regions regions;
    public String organiser;
    public String organiserRegion;
    public Instant createdAt;

    /** The regions, kept as a JSON object (Hibernate Reactive reads JSON objects, not bare arrays). */
    public record Regions(List<String> codes) {
    }

    /** Whether a fair held in {@code region} from {@code startsOn} to {@code endsOn} can be one of this campaign's. */
    public boolean covers(String region, LocalDate fairStartsOn, LocalDate fairEndsOn) {
        return regions.codes().stream().anyMatch(r -> new RegionCode(r).contains(region))
                && !fairStartsOn.isBefore(startsOn) && !fairEndsOn.isAfter(endsOn);
    }
}
