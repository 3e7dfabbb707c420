package org.laborlink.workers.labourfile.api;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.platform.caller.Caller;
import org.laborlink.workers.identity.domain.ResidentIdNumber;
import org.laborlink.workers.identity.store.PersonalDataCipher;
import org.laborlink.workers.labourfile.domain.LabourFile;

/**
 * Turns a stored file into what this caller may read: numbers decrypted, and masked unless they govern the region;
 * the birth date for them and the worker only (anyone else reads the year: with the county and sex, a full birth date
 * would leave too few numbers behind a masked one).
 */
@ApplicationScoped
public class LabourFileDisclosure {

    private final PersonalDataCipher cipher;

    public LabourFileDisclosure(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    public LabourFileView of(LabourFile f, Caller caller) {
        boolean full = caller.governs(f.householdRegion);
        String idNumber = null;
        if (f.idNumberCipher != null) {
            ResidentIdNumber id = new ResidentIdNumber(cipher.decrypt(f.idNumberCipher, f.id, LabourFile.ID_NUMBER));
            idNumber = full ? id.value() : id.masked();
        }
        String phone = null;
        if (f.phoneCipher != null) {
            String plain = cipher.decrypt(f.phoneCipher, f.id, LabourFile.PHONE);
            phone = full ? plain : ResidentIdNumber.maskPhone(plain).orElse(null);
        }
        boolean ownFile = caller.workerId().filter(f.id.toString()::equals).isPresent();
        LocalDate birthDate = full || ownFile ? f.birthDate : null;
        Integer birthYear = f.birthDate == null ? null : f.birthDate.getYear();
        return new LabourFileView(f.id, f.version, f.name, idNumber, phone, birthDate, birthYear, f.sex, f.householdRegion,
                f.currentRegion, f.home(), f.povertyStatus, f.povertyStatusYear, f.householdId, f.disability, f.educationLevel,
                f.skillsAndWishes.skills(),
                f.skillsAndWishes.desiredOccupations(), f.desiredOccupationText, f.desiredOccupationSuggestions == null ? null : f.desiredOccupationSuggestions.codes(),
                f.expectedMonthlyPay, f.acceptsLowerPay, f.availableFrom,
                f.skillsAndWishes.willingToMigrateTo(), f.skillsAndWishes.acceptedJobTypes(),
                f.skillsAndWishes.willingToTrain(), f.skillsAndWishes.trainingWishes(), f.employmentStatus,
                f.currentEmployer, f.employedSince, f.lastVerifiedOn,
                f.lastVerifiedBy, f.registeredAt, f.updatedAt);
    }
}
