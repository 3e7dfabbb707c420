package org.laborlink.workers.labourfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.events.EducationLevel;
import org.laborlink.events.JobType;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.OccupationClassification;
import org.laborlink.workers.identity.store.PersonalDataCipher;
import org.laborlink.workers.labourfile.api.ChangeLabourFile;
import org.laborlink.workers.labourfile.domain.FieldChange;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.labourfile.domain.SkillsAndWishes;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What a PATCH of a labour file changes, and what its history then records, judged without a server. */
@Tag("unit")
class LabourFileAmendmentsTest {

    private static final Path DATA = Path.of(System.getProperty("laborlink.reference-data.dir", "../../shared/data"));
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final PersonalDataCipher CIPHER = new PersonalDataCipher(
            "bG9jYWwtb25seS1kZW1vLWtleS1hZXMtZ2NtLTI1NiE=", "bG9jYWwtb25seS1kZW1vLWtleS1mb3ItaG1hYy1pZHg=");
    private static final LabourFileAmendments AMENDMENTS = new LabourFileAmendments(null, null, null,
            new LabourFileChecks(new AdministrativeDivisions(DATA), new OccupationClassification(DATA)), CIPHER,
            null, java.time.Clock.systemUTC());

    private static LabourFile file() {
        LabourFile f = new LabourFile();
        f.id = UUID.randomUUID();
        f.name = "吴芳";
        f.currentRegion = "522601";
        f.educationLevel = EducationLevel.values()[1];
        f.phoneCipher = CIPHER.encrypt("13800000000", f.id, LabourFile.PHONE);
        f.skillsAndWishes = new SkillsAndWishes(List.of(), List.of("4-10-01-05"), List.of(), List.of(JobType.REGULAR),
                false, List.of());
        return f;
    }

    private static ChangeLabourFile change(Map<String, Object> fields) {
        return JSON.convertValue(fields, ChangeLabourFile.class);
    }

    private static List<String> fields(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::field).toList();
    }

    @Test
    void onlyTheFieldsThatChangeAreRecordedAndAPhoneIsNeverShown() {
        LabourFile f = file();
        List<FieldChange> changes = AMENDMENTS.apply(f, change(Map.of("name", " 吴芳芳 ", "currentRegion", "522601",
                "phone", "13900000000", "desiredOccupations", List.of("4-10-01-05"))));
        assertEquals(List.of("name", "phone"), fields(changes), "the same region and occupations change nothing");
        assertEquals("吴芳芳", f.name);
        assertEquals("(not shown)", changes.get(1).from());
        assertEquals("13900000000", CIPHER.decrypt(f.phoneCipher, f.id, LabourFile.PHONE));
    }

    @Test
    void listsAreReplacedWithoutRepeatsAndWishesKeptWhenNotNamed() {
        LabourFile f = file();
        List<FieldChange> changes = AMENDMENTS.apply(f, change(Map.of("acceptedJobTypes",
                List.of("CARING_JOB", "CARING_JOB", "REGULAR"))));
        assertEquals(List.of("acceptedJobTypes"), fields(changes));
        assertEquals(List.of(JobType.CARING_JOB, JobType.REGULAR), f.skillsAndWishes.acceptedJobTypes());
        assertEquals(List.of("4-10-01-05"), f.skillsAndWishes.desiredOccupations());
    }

    @Test
    void anUnknownRegionOrOccupationIsRefusedNamingTheField() {
        ProblemException region = assertThrows(ProblemException.class,
                () -> AMENDMENTS.apply(file(), change(Map.of("currentRegion", "999999"))));
        assertEquals("currentRegion", region.errors().get(0).field());
        ProblemException occupation = assertThrows(ProblemException.class,
                () -> AMENDMENTS.apply(file(), change(Map.of("desiredOccupations", List.of("9-99-99-99")))));
        assertNotEquals(-1, occupation.errors().get(0).field().indexOf("desiredOccupations"));
    }
}
