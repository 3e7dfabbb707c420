package org.laborlink.jobs.employer.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.employers.EmployerChanged;

/**
 * An employer as the labour office knows it: name, unified social credit code, region, address and point,
 * industry, size, and the flags the assistance policies look at (labour input base, poverty-alleviation workshop,
 * helping company). Verified by an officer of its region.
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

    public EmployerChanged verify(String officer, Instant now) {
        verifiedBy = officer;
        verifiedAt = now;
        version++;
        updatedAt = now;
        return changed();
    }

    public EmployerChanged changed() {
        return new EmployerChanged(id.toString(), version, name, region,
                lat == null || lon == null ? null : new GeoPoint(lat, lon), industry, sme, labourInputBase,
                povertyAlleviationWorkshop, helpingCompany, verifiedAt != null, updatedAt);
    }
}
