package org.laborlink.workers.labourfile.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
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
    @Column(name = "id_number_cipher")
    public byte[] idNumberCipher;
    @Column(name = "id_number_index")
    public byte[] idNumberIndex;
    @Column(name = "phone_cipher")
    public byte[] phoneCipher;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    public ResidentIdNumber.Sex sex;
    @Column(name = "household_region")
    public String householdRegion;
    @Column(name = "current_region")
    public String currentRegion;
    @Column(name = "home_lat")
    public Double homeLat;
    @Column(name = "home_lon")
    public Double homeLon;
    @Enumerated(EnumType.STRING)
    @Column(name = "poverty_status")
    public PovertyStatus povertyStatus;
    @Column(name = "poverty_status_year")
    public Integer povertyStatusYear;
    @Column(name = "household_id")
    public String householdId;
    public boolean disability;
    @Enumerated(EnumType.STRING)
    @Column(name = "education_level")
    public EducationLevel educationLevel;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "skills_and_wishes")
    public SkillsAndWishes skillsAndWishes;
    @Column(name = "expected_monthly_pay")
    public BigDecimal expectedMonthlyPay;
    @Column(name = "accepts_lower_pay")
    public boolean acceptsLowerPay;
    @Column(name = "available_from")
    public LocalDate availableFrom;
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status")
    public EmploymentStatus employmentStatus = EmploymentStatus.UNEMPLOYED;
    @Column(name = "current_employer")
    public String currentEmployer;
    @Column(name = "employed_since")
    public LocalDate employedSince;
    @Column(name = "employment_id")
    public String employmentId;
    @Column(name = "last_verified_on")
    public LocalDate lastVerifiedOn;
    @Column(name = "last_verified_by")
    public String lastVerifiedBy;
    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "updated_at")
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
