package org.laborlink.workers.labourfile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.laborlink.events.GeoPoint;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.events.workers.LabourFileUpdated;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.occupations.OccupationNormaliser.SuggestedCodes;
import org.laborlink.platform.occupations.OccupationNormaliser.Suggestion;
import org.laborlink.platform.occupations.OccupationSuggestions;
import org.laborlink.platform.occupations.TitleWords;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.workers.identity.store.PersonalDataCipher;
import org.laborlink.workers.labourfile.api.ChangeLabourFile;
import org.laborlink.workers.labourfile.domain.FieldChange;
import org.laborlink.workers.labourfile.domain.HistoryEntry;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.labourfile.domain.SkillsAndWishes;
import org.laborlink.workers.labourfile.store.HistoryRepository;
import org.laborlink.workers.labourfile.store.LabourFileRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Changing a labour file: the caller names the version they read (If-Match); the file is locked, compared, changed,
 * its version bumped, the change added to its history and announced, all in one transaction.
 */
@ApplicationScoped
public class LabourFileAmendments {

    private final LabourFileRepository files;
    private final HistoryRepository history;
    private final EventOutbox outbox;
    private final LabourFileChecks checks;
    private final PersonalDataCipher cipher;
    private final OccupationSuggestions suggestions;
    private final Clock clock;

    public LabourFileAmendments(LabourFileRepository files, HistoryRepository history, EventOutbox outbox,
            LabourFileChecks checks, PersonalDataCipher cipher, OccupationSuggestions suggestions, Clock clock) {
        this.suggestions = suggestions;
        this.clock = clock;
        this.files = files;
        this.history = history;
        this.outbox = outbox;
        this.checks = checks;
        this.cipher = cipher;
    }

    /**
     * Changes the fields present. A desired occupation in the worker's own words gets its codes suggested by the
     * normaliser; an officer choosing desired occupations for a file with such words confirms the first for them.
     */
    public Uni<LabourFile> change(UUID id, long expectedVersion, ChangeLabourFile request, Caller caller) {
        String text = request.desiredOccupationText() == null ? null : request.desiredOccupationText().strip();
        if (text != null && !text.isEmpty() && !TitleWords.hasWords(text)) {
            throw ProblemException.invalidField("desiredOccupationText",
                    "must have a character, letter or digit (not only emoji or punctuation); send \"\" to clear it");
        }
        Uni<List<Suggestion>> suggested = text == null || text.isEmpty() ? Uni.createFrom().nullItem()
                : suggestions.forTitle(caller, text);
        boolean[] desiredChanged = {false};
        return suggested.chain(found -> Panache.withTransaction(() -> files.findById(id, LockModeType.PESSIMISTIC_WRITE).chain(file -> {
            if (file == null || !caller.canSeeWorker(file.id.toString(), file.householdRegion, file.currentRegion)) {
                throw ProblemException.notFound("labour file", id);
            }
            List<FieldChange> changes = apply(file, request);
            desiredChanged[0] = changes.stream().anyMatch(c -> c.field().equals("desiredOccupations"));
            if (text != null && !text.equals(Objects.requireNonNullElse(file.desiredOccupationText, ""))) {
                changes.add(new FieldChange("desiredOccupationText", file.desiredOccupationText, text.isEmpty() ? null : text));
                file.desiredOccupationText = text.isEmpty() ? null : text;
                file.desiredOccupationSuggestions = found == null ? null : new SuggestedCodes(found);
            }
            mayChange(caller, file, changes);
            if (file.version != expectedVersion) {
                throw ProblemException.staleVersion(expectedVersion, file.version);
            }
            return record(file, caller.subject(), changes);
        })).call(file -> desiredChanged[0] && confirmsDesired(caller, file)
                ? suggestions.confirm(caller, file.desiredOccupationText, file.skillsAndWishes.desiredOccupations().get(0), "LABOUR_FILE")
                : Uni.createFrom().voidItem()));
    }

    /**
     * Whether new desired occupations chosen for a file whose wish is in the worker's words are an officer's of the
     * file's regions (their first is confirmed for those words).
     */
    private static boolean confirmsDesired(Caller caller, LabourFile file) {
        return !file.skillsAndWishes.desiredOccupations().isEmpty() && file.desiredOccupationText != null && caller.is(Role.OFFICER)
                && (caller.governs(file.householdRegion) || file.currentRegion != null && caller.governs(file.currentRegion));
    }

    /**
     * Records changes already applied to a file in the caller's transaction: the next version, the history entry and
     * {@code worker.updated.v1}; nothing when nothing changed. Every change of a labour file outside bulk imports
     * (a PATCH, a training completion) ends here.
     */
    public Uni<LabourFile> record(LabourFile file, String changedBy, List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(file);
        }
        file.version++;
        file.updatedAt = clock.instant();
        LabourFileUpdated updated = updated(file, changes);
        return history.persist(HistoryEntry.of(file, changedBy, changes))
                .chain(Panache::getSession)
                .chain(session -> outbox.append(session, updated))
                .replaceWith(file);
    }

    /** Officers and admins of the region change anything; the worker only their own wishes and whereabouts. */
    private static void mayChange(Caller caller, LabourFile file, List<FieldChange> changes) {
        if (caller.governs(file.householdRegion) || (file.currentRegion != null && caller.governs(file.currentRegion))) {
            return;
        }
        boolean ownFile = caller.is(Role.WORKER) && caller.workerId().filter(file.id.toString()::equals).isPresent();
        if (!ownFile) {
            throw ProblemException.forbidden("only the worker and officers of the region change a labour file");
        }
        List<String> notTheirs = changes.stream().map(FieldChange::field)
                .filter(f -> !ChangeLabourFile.WORKER_FIELDS.contains(f)).toList();
        if (!notTheirs.isEmpty()) {
            throw ProblemException.forbidden("a worker may not change " + String.join(", ", notTheirs)
                    + "; the labour office does");
        }
    }

    /**
     * Applies what the request names to the file (in memory) and returns what actually changed; the version and the
     * history are the caller's to write.
     */
    public List<FieldChange> apply(LabourFile f, ChangeLabourFile r) {
        List<FieldChange> changes = new ArrayList<>();
        SkillsAndWishes w = f.skillsAndWishes;
        set(changes, "name", f.name, r.name() == null ? null : r.name().strip(), v -> f.name = v);
        if (r.phone() != null) {
            String current = f.phoneCipher == null ? null : cipher.decrypt(f.phoneCipher, f.id, LabourFile.PHONE);
            if (!r.phone().equals(current)) {
                f.phoneCipher = cipher.encrypt(r.phone(), f.id, LabourFile.PHONE);
                f.phoneIndex = cipher.blindIndex(r.phone());
                changes.add(new FieldChange("phone", "(not shown)", "(not shown)"));
            }
        }
        if (r.currentRegion() != null) {
            checks.division("currentRegion", r.currentRegion());
        }
        set(changes, "currentRegion", f.currentRegion, r.currentRegion(), v -> f.currentRegion = v);
        GeoPoint home = r.home() == null ? null : new GeoPoint(r.home().lat(), r.home().lon());
        set(changes, "home", f.home(), home, v -> {
            f.homeLat = v.lat();
            f.homeLon = v.lon();
        });
        set(changes, "povertyStatus", f.povertyStatus, r.povertyStatus(), v -> f.povertyStatus = v);
        set(changes, "povertyStatusYear", f.povertyStatusYear, checks.pastYear("povertyStatusYear", r.povertyStatusYear()),
                v -> f.povertyStatusYear = v);
        set(changes, "householdId", f.householdId, r.householdId(), v -> f.householdId = v);
        set(changes, "disability", f.disability, r.disability(), v -> f.disability = v);
        set(changes, "educationLevel", f.educationLevel, r.educationLevel(), v -> f.educationLevel = v);
        set(changes, "expectedMonthlyPay", f.expectedMonthlyPay,
                r.expectedMonthlyPay() == null ? null : r.expectedMonthlyPay().setScale(2), v -> f.expectedMonthlyPay = v);
        set(changes, "acceptsLowerPay", f.acceptsLowerPay, r.acceptsLowerPay(), v -> f.acceptsLowerPay = v);
        set(changes, "availableFrom", f.availableFrom, r.availableFrom(), v -> f.availableFrom = v);
        var skills = r.skills() == null ? null : checks.skills("skills", r.skills());
        var desired = r.desiredOccupations() == null ? null : checks.occupations("desiredOccupations", r.desiredOccupations());
        var destinations = r.willingToMigrateTo() == null ? null : checks.provinces("willingToMigrateTo", r.willingToMigrateTo());
        var types = r.acceptedJobTypes() == null || r.acceptedJobTypes().isEmpty() ? null
                : LabourFileChecks.distinct(r.acceptedJobTypes());
        set(changes, "skills", w.skills(), skills, v -> { });
        set(changes, "desiredOccupations", w.desiredOccupations(), desired, v -> { });
        set(changes, "willingToMigrateTo", w.willingToMigrateTo(), destinations, v -> { });
        set(changes, "acceptedJobTypes", w.acceptedJobTypes(), types, v -> { });
        var trainingWishes = r.trainingWishes() == null ? null : checks.occupations("trainingWishes", r.trainingWishes());
        set(changes, "willingToTrain", w.willingToTrain(), r.willingToTrain(), v -> { });
        set(changes, "trainingWishes", w.trainingWishes(), trainingWishes, v -> { });
        f.skillsAndWishes = new SkillsAndWishes(skills == null ? w.skills() : skills,
                desired == null ? w.desiredOccupations() : desired,
                destinations == null ? w.willingToMigrateTo() : destinations,
                types == null ? w.acceptedJobTypes() : types,
                r.willingToTrain() == null ? w.willingToTrain() : r.willingToTrain(),
                trainingWishes == null ? w.trainingWishes() : trainingWishes);
        return changes;
    }

    private static <T> void set(List<FieldChange> changes, String field, T current, T requested, Consumer<T> assign) {
        if (requested != null && !Objects.equals(current, requested)) {
            changes.add(new FieldChange(field, current, requested));
            assign.accept(requested);
        }
    }

    /** The event announcing a change, with the fields matching needs. */
    public static LabourFileUpdated updated(LabourFile f, List<FieldChange> changes) {
        SkillsAndWishes w = f.skillsAndWishes;
        return new LabourFileUpdated(f.id.toString(), f.version, f.householdRegion, f.currentRegion, f.home(),
                f.povertyStatus, w.skills(), w.desiredOccupations(), f.expectedMonthlyPay, f.acceptsLowerPay,
                f.availableFrom, w.willingToMigrateTo(), w.acceptedJobTypes(),
                changes.stream().map(FieldChange::field).toList(), f.updatedAt);
    }
}
