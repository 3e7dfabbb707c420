package org.laborlink.jobs.employer.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
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
    @Column(name = "credit_code")
    public String creditCode;
    public String region;
    public String address;
    public Double lat;
    public Double lon;
    public String industry;
    public boolean sme;
    @Column(name = "labour_input_base")
    public boolean labourInputBase;
    @Column(name = "poverty_alleviation_workshop")
    public boolean povertyAlleviationWorkshop;
    @Column(name = "helping_company")
    public boolean helpingCompany;
    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "verified_by")
    public String verifiedBy;
    @Column(name = "verified_at")
    public Instant verifiedAt;
    @Column(name = "updated_at")
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
