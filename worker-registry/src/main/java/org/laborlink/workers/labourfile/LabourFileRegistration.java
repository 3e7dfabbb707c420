package org.laborlink.workers.labourfile;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.JobType;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.workers.identity.domain.ResidentIdNumber;
import org.laborlink.workers.identity.store.PersonalDataCipher;
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
    private final LabourFileChecks checks;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    public LabourFileRegistration(LabourFileRepository files, EventOutbox outbox, LabourFileChecks checks,
            PersonalDataCipher cipher, Clock clock) {
        this.clock = clock;
        this.files = files;
        this.outbox = outbox;
        this.checks = checks;
        this.cipher = cipher;
    }

    public Uni<LabourFile> register(RegisterLabourFile request, Caller caller) {
        LabourFile file = newFile(request, caller.subject());
        if (!caller.governs(request.householdRegion())) {
            throw ProblemException.forbidden("officers register labour files of their own region only");
        }
        return Panache.withTransaction(() -> files.findById(file.id)
                .invoke(existing -> {
                    if (existing != null) {
                        throw duplicate(existing, caller, "this id");
                    }
                })
                .chain(() -> files.findByIdNumberIndex(file.idNumberIndex))
                .invoke(existing -> {
                    if (existing != null) {
                        throw duplicate(existing, caller, "this ID number");
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
    private static ProblemException duplicate(LabourFile existing, Caller caller, String what) {
        boolean visible = caller.canSeeWorker(existing.id.toString(), existing.householdRegion, existing.currentRegion);
        return ProblemException.duplicate("duplicate-labour-file", "a labour file with " + what + " exists"
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

    /**
     * A new labour file from what the officer (or an import row) gives, every field checked against the reference
     * data, the ID and phone numbers encrypted. Nothing is stored.
     *
     * @throws ProblemException naming the field at fault
     */
    public LabourFile newFile(RegisterLabourFile request, String officer) {
        checks.county("householdRegion", request.householdRegion());
        checks.division("currentRegion", request.currentRegion());
        LabourFile file = new LabourFile();
        file.id = request.id() != null ? request.id() : UUID.randomUUID();
        file.version = 1;
        file.name = request.name().strip();
        ResidentIdNumber idNumber = idNumber(request);
        file.idNumberCipher = cipher.encrypt(idNumber.value(), file.id, LabourFile.ID_NUMBER);
        file.idNumberIndex = cipher.blindIndex(idNumber.value());
        file.birthDate = idNumber.birthDate();
        file.sex = idNumber.sex();
        if (request.phone() != null) {
            file.phoneCipher = cipher.encrypt(request.phone(), file.id, LabourFile.PHONE);
            file.phoneIndex = cipher.blindIndex(request.phone());
        }
        file.householdRegion = request.householdRegion();
        file.currentRegion = request.currentRegion();
        if (request.home() != null) {
            file.homeLat = request.home().lat();
            file.homeLon = request.home().lon();
        }
        file.povertyStatus = Objects.requireNonNullElse(request.povertyStatus(), PovertyStatus.NONE);
        file.povertyStatusYear = checks.pastYear("povertyStatusYear", request.povertyStatusYear());
        file.householdId = request.householdId();
        file.disability = Boolean.TRUE.equals(request.disability());
        file.educationLevel = request.educationLevel();
        List<String> desired = checks.occupations("desiredOccupations", request.desiredOccupations());
        file.expectedMonthlyPay = request.expectedMonthlyPay() == null ? null : request.expectedMonthlyPay().setScale(2);
        file.acceptsLowerPay = Boolean.TRUE.equals(request.acceptsLowerPay());
        file.availableFrom = request.availableFrom();
        List<String> destinations = checks.provinces("willingToMigrateTo", request.willingToMigrateTo());
        List<JobType> types = LabourFileChecks.distinct(request.acceptedJobTypes());
        file.skillsAndWishes = new SkillsAndWishes(checks.skills("skills", request.skills()), desired, destinations,
                types.isEmpty() ? Arrays.asList(JobType.values()) : types, Boolean.TRUE.equals(request.willingToTrain()),
                checks.occupations("trainingWishes", request.trainingWishes()));
        file.registeredBy = officer;
        file.registeredAt = clock.instant();
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
}
