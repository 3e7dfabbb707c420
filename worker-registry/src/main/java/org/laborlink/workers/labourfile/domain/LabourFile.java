package org.laborlink.workers.labourfile.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.laborlink.platform.occupations.OccupationNormaliser.SuggestedCodes;
import org.hibernate.type.SqlTypes;
import org.laborlink.events.EducationLevel;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.workers.EmploymentStatus;
import org.laborlink.events.workers.EmploymentStatusChanged;
import org.laborlink.events.workers.LabourFileRegistered;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.workers.identity.domain.ResidentIdNumber;

/**
 * A worker's labour file: who they are, where they are registered, what they can do and what work they want.
 * Money is in yuan.
 */
@Entity
@Table(name = "labour_file")
public class LabourFile {

    /** Field names bound into the encrypted columns' associated data. */
    public static final String ID_NUMBER = "idNumber";
    public static final String PHONE = "phone";

    @Id
    public UUID id;
    public long version;
    public String name;
    public byte[] idNumberCipher;
    public byte[] idNumberIndex;
    public byte[] phoneCipher;
    /** The phone number's blind index: a worker proves who they are with their ID and phone numbers. */
    public byte[] phoneIndex;
    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    public ResidentIdNumber.Sex sex;
    public String householdRegion;
    public String currentRegion;
    public Double homeLat;
    public Double homeLon;
    @Enumerated(EnumType.STRING)
    public PovertyStatus povertyStatus;
    public Integer povertyStatusYear;
    public String householdId;
    public boolean disability;
    @Enumerated(EnumType.STRING)
    public EducationLevel educationLevel;
    @JdbcTypeCode(SqlTypes.JSON)
    public SkillsAndWishes skillsAndWishes;
    /** The work the worker wants in their own words, and the occupation codes suggested for it (best first). */
    public String desiredOccupationText;
    @JdbcTypeCode(SqlTypes.JSON)
    public SuggestedCodes desiredOccupationSuggestions;
    public BigDecimal expectedMonthlyPay;
    public boolean acceptsLowerPay;
    public LocalDate availableFrom;
    @Enumerated(EnumType.STRING)
    public EmploymentStatus employmentStatus = EmploymentStatus.UNEMPLOYED;
    public String currentEmployer;
    public LocalDate employedSince;
    public String employmentId;
    public LocalDate lastVerifiedOn;
    public String lastVerifiedBy;
    public String registeredBy;
    public Instant registeredAt;
    public Instant updatedAt;

    /**
     * Records where the worker now stands in work.
     *
     * @return the fields that changed (empty when nothing did)
     */
    public List<FieldChange> changeEmployment(EmploymentStatus status, String employer, LocalDate since, String employment) {
        List<FieldChange> changes = new ArrayList<>();
        if (status != employmentStatus) {
            changes.add(new FieldChange("employmentStatus", employmentStatus, status));
        }
        if (!Objects.equals(employer, currentEmployer)) {
            changes.add(new FieldChange("currentEmployer", currentEmployer, employer));
        }
        if (!Objects.equals(since, employedSince)) {
            changes.add(new FieldChange("employedSince", employedSince, since));
        }
        employmentStatus = status;
        currentEmployer = employer;
        employedSince = since;
        employmentId = employment;
        return changes;
    }

    public EmploymentStatusChanged employmentStatusChanged() {
        return new EmploymentStatusChanged(id.toString(), version, householdRegion, employmentStatus, currentEmployer,
                employedSince, updatedAt);
    }

    /** A labour-file id from a path; anything that is no UUID names no file (404, like a file one may not see). */
    public static UUID parseId(String id) {
        return PathIds.uuid("labour file", id);
    }

    public GeoPoint home() {
        return homeLat == null || homeLon == null ? null : new GeoPoint(homeLat, homeLon);
    }

    /** The event other services learn of this file by. */
    public LabourFileRegistered registered() {
        return new LabourFileRegistered(id.toString(), version, householdRegion, currentRegion, home(), povertyStatus,
                skillsAndWishes.skills(), skillsAndWishes.desiredOccupations(), expectedMonthlyPay, acceptsLowerPay,
                availableFrom, skillsAndWishes.willingToMigrateTo(), skillsAndWishes.acceptedJobTypes(), registeredAt);
    }
}
