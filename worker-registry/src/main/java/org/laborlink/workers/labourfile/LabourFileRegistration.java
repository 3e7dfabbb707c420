package org.laborlink.workers.labourfile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.JobType;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.OccupationClassification;
import org.laborlink.workers.identity.PersonalDataCipher;
import org.laborlink.workers.identity.ResidentIdNumber;
import org.laborlink.workers.labourfile.api.RegisterLabourFile;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.labourfile.domain.SkillsAndWishes;
import org.laborlink.workers.labourfile.store.LabourFileRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Setting up a labour file: checks it against the reference data, stores it and announces it in one transaction. */
@ApplicationScoped
public class LabourFileRegistration {

    private final LabourFileRepository files;
    private final EventOutbox outbox;
    private final AdministrativeDivisions divisions;
    private final OccupationClassification occupations;
    private final PersonalDataCipher cipher;

    public LabourFileRegistration(LabourFileRepository files, EventOutbox outbox, AdministrativeDivisions divisions,
            OccupationClassification occupations, PersonalDataCipher cipher) {
        this.files = files;
        this.outbox = outbox;
        this.divisions = divisions;
        this.occupations = occupations;
        this.cipher = cipher;
    }

    public Uni<LabourFile> register(RegisterLabourFile request, Caller caller) {
        if (!divisions.isCounty(request.householdRegion())) {
            throw ProblemException.invalidField("householdRegion", "is not a county-level division known to the platform");
        }
        if (request.currentRegion() != null && divisions.find(request.currentRegion()).isEmpty()) {
            throw ProblemException.invalidField("currentRegion", "is not a division known to the platform");
        }
        if (!caller.governs(request.householdRegion())) {
            throw ProblemException.forbidden("officers register labour files of their own region only");
        }
        LabourFile file = newFile(request, caller.subject());
        return Panache.withTransaction(() -> files.findByIdNumberIndex(file.idNumberIndex)
                .invoke(existing -> {
                    if (existing != null) {
                        throw duplicate(existing, caller);
                    }
                })
                .chain(() -> files.persist(file))
                .chain(() -> Panache.getSession())
                .chain(session -> outbox.append(session, file.registered()))
                .replaceWith(file))
                .onFailure(LabourFileRegistration::isDuplicateIdNumber)
                .transform(e -> ProblemException.duplicate("duplicate-labour-file",
                        "a labour file with this ID number was registered at the same moment", null));
    }

    /** One ID number, one file: the second registration points to the first, if the caller may see it. */
    private static ProblemException duplicate(LabourFile existing, Caller caller) {
        boolean visible = caller.canSeeWorker(existing.id.toString(), existing.householdRegion, existing.currentRegion);
        return ProblemException.duplicate("duplicate-labour-file", "a labour file with this ID number exists"
                + (visible ? "" : " in another region"), visible ? "/api/v1/workers/" + existing.id : null);
    }

    private static boolean isDuplicateIdNumber(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("labour_file_id_number")) {
                return true;
            }
        }
        return false;
    }

    private LabourFile newFile(RegisterLabourFile request, String officer) {
        LabourFile file = new LabourFile();
        file.id = UUID.randomUUID();
        file.version = 1;
        file.name = request.name().strip();
        ResidentIdNumber idNumber = idNumber(request);
        file.idNumberCipher = cipher.encrypt(idNumber.value(), file.id, LabourFile.ID_NUMBER);
        file.idNumberIndex = cipher.blindIndex(idNumber.value());
        file.birthDate = idNumber.birthDate();
        file.sex = idNumber.sex();
        if (request.phone() != null) {
            file.phoneCipher = cipher.encrypt(request.phone(), file.id, LabourFile.PHONE);
        }
        file.householdRegion = request.householdRegion();
        file.currentRegion = request.currentRegion();
        if (request.home() != null) {
            file.homeLat = request.home().lat();
            file.homeLon = request.home().lon();
        }
        file.povertyStatus = Objects.requireNonNullElse(request.povertyStatus(), PovertyStatus.NONE);
        List<String> desired = listOrEmpty(request.desiredOccupations());
        for (int i = 0; i < desired.size(); i++) {
            if (!occupations.isDetailedOccupation(desired.get(i))) {
                throw ProblemException.invalidField("desiredOccupations[" + i + "]", "is not a detailed CSCO 2022 occupation");
            }
        }
        file.expectedMonthlyPay = request.expectedMonthlyPay() == null ? null : request.expectedMonthlyPay().setScale(2);
        file.acceptsLowerPay = Boolean.TRUE.equals(request.acceptsLowerPay());
        file.availableFrom = request.availableFrom();
        List<String> destinations = listOrEmpty(request.willingToMigrateTo());
        for (int i = 0; i < destinations.size(); i++) {
            if (!divisions.isProvince(destinations.get(i))) {
                throw ProblemException.invalidField("willingToMigrateTo[" + i + "]", "is not a province known to the platform");
            }
        }
        List<JobType> types = listOrEmpty(request.acceptedJobTypes());
        file.skillsAndWishes = new SkillsAndWishes(skills(request), desired, destinations,
                types.isEmpty() ? Arrays.asList(JobType.values()) : types);
        file.registeredBy = officer;
        file.registeredAt = Instant.now();
        file.updatedAt = file.registeredAt;
        return file;
    }

    /** The ID number, checked, and agreeing with the birth date and sex the officer typed (if any). */
    private static ResidentIdNumber idNumber(RegisterLabourFile request) {
        ResidentIdNumber id;
        try {
            id = ResidentIdNumber.parse(request.idNumber());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("idNumber", e.getMessage());
        }
        if (request.birthDate() != null && !request.birthDate().equals(id.birthDate())) {
            throw ProblemException.invalidField("birthDate", "disagrees with the ID number, which gives " + id.birthDate());
        }
        if (request.sex() != null && request.sex() != id.sex()) {
            throw ProblemException.invalidField("sex", "disagrees with the ID number, which gives " + id.sex());
        }
        return id;
    }

    private List<WorkerSkill> skills(RegisterLabourFile request) {
        List<WorkerSkill> out = new ArrayList<>();
        List<RegisterLabourFile.Skill> given = listOrEmpty(request.skills());
        for (int i = 0; i < given.size(); i++) {
            if (occupations.find(given.get(i).code()).isEmpty()) {
                throw ProblemException.invalidField("skills[" + i + "].code", "is not a CSCO 2022 code");
            }
            out.add(new WorkerSkill(given.get(i).code(), given.get(i).level()));
        }
        return out;
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list.stream().distinct().toList());
    }
}
