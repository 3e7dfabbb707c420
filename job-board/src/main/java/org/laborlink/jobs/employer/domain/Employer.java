package org.laborlink.jobs.employer.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.employers.EmployerChanged;
import org.laborlink.events.employers.EmployerChanged.Standing;
import org.laborlink.platform.problem.ProblemException;

/**
 * An employer as the labour office knows it: name, unified social credit code, region, address and point,
 * industry, size, and the flags the assistance policies look at (labour input base, poverty-alleviation workshop,
 * helping company). It stands PENDING until an officer of its region verifies it (VERIFIED) or refuses it (REFUSED,
 * with the reason); a verified employer may be SUSPENDED (reason recorded) and reinstated. Only a VERIFIED employer
 * publishes postings.
 */
@Entity
@Table(name = "employer")
public class Employer {

    @Id
    public UUID id;
    public long version;
    public String name;
    public String creditCode;
    public String region;
    public String address;
    public Double lat;
    public Double lon;
    public String industry;
    public boolean sme;
    public boolean labourInputBase;
    public boolean povertyAlleviationWorkshop;
    public boolean helpingCompany;
    public String registeredBy;
    public Instant registeredAt;
    public String verifiedBy;
    public Instant verifiedAt;
    public Instant updatedAt;
    @Enumerated(EnumType.STRING)
    public Standing standing;
    /** Why it was refused or suspended. */
    public String standingReason;
    public String standingBy;
    public Instant standingAt;

    /** A pending (or refused, on a second look) employer is confirmed to exist and be what it says. */
    public EmployerChanged verify(String officer, Instant now) {
        if (standing != Standing.PENDING && standing != Standing.REFUSED) {
            throw ProblemException.conflict("employer-standing", "employer " + id + " is " + standing
                    + (standing == Standing.SUSPENDED ? "; reinstate it instead" : ""));
        }
        verifiedBy = officer;
        verifiedAt = now;
        return stand(Standing.VERIFIED, null, officer, now);
    }

    public EmployerChanged refuse(String reason, String officer, Instant now) {
        if (standing != Standing.PENDING) {
            throw ProblemException.conflict("employer-standing", "employer " + id + " is " + standing
                    + ", only a pending employer can be refused" + (standing == Standing.VERIFIED ? "; suspend it instead" : ""));
        }
        return stand(Standing.REFUSED, reason, officer, now);
    }

    public EmployerChanged suspend(String reason, String officer, Instant now) {
        if (standing != Standing.VERIFIED) {
            throw ProblemException.conflict("employer-standing", "employer " + id + " is " + standing
                    + ", only a verified employer can be suspended");
        }
        return stand(Standing.SUSPENDED, reason, officer, now);
    }

    public EmployerChanged reinstate(String officer, Instant now) {
        if (standing != Standing.SUSPENDED) {
            throw ProblemException.conflict("employer-standing", "employer " + id + " is " + standing
                    + ", only a suspended employer can be reinstated");
        }
        return stand(Standing.VERIFIED, null, officer, now);
    }

    private EmployerChanged stand(Standing to, String reason, String officer, Instant now) {
        standing = to;
        standingReason = reason;
        standingBy = officer;
        standingAt = now;
        version++;
        updatedAt = now;
        return changed();
    }

    public EmployerChanged changed() {
        return new EmployerChanged(id.toString(), version, name, region,
                lat == null || lon == null ? null : new GeoPoint(lat, lon), industry, sme, labourInputBase,
                povertyAlleviationWorkshop, helpingCompany, standing == Standing.VERIFIED, updatedAt, standing);
    }
}
