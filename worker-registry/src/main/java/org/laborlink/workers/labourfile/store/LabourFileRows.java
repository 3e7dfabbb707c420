package org.laborlink.workers.labourfile.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.laborlink.events.EducationLevel;
import org.laborlink.events.workers.EmploymentStatus;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.workers.identity.domain.ResidentIdNumber;
import org.laborlink.workers.labourfile.domain.HistoryEntry;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.labourfile.domain.SkillsAndWishes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Labour files and their history through plain JDBC, in batches: the bulk import's way to the same tables the
 * entities map (one statement per batch instead of one round trip per file). The JSON documents are written the way
 * Hibernate's default JSON mapping reads them.
 */
public final class LabourFileRows {

    private static final ObjectMapper STORED_JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final String COLUMNS = """
            id, version, name, id_number_cipher, id_number_index, phone_cipher, phone_index, birth_date, sex, household_region,
            current_region, home_lat, home_lon, poverty_status, poverty_status_year, household_id, disability,
            education_level, skills_and_wishes, expected_monthly_pay, accepts_lower_pay, available_from,
            employment_status, current_employer, employed_since, employment_id, last_verified_on, last_verified_by,
            registered_by, registered_at, updated_at""";
    private static final String INSERT = "insert into labour_file (" + COLUMNS + ") values ("
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = """
            update labour_file set version = ?, name = ?, phone_cipher = ?, phone_index = ?, current_region = ?, home_lat = ?,
                home_lon = ?, poverty_status = ?, poverty_status_year = ?, household_id = ?, disability = ?,
                education_level = ?, skills_and_wishes = cast(? as jsonb), expected_monthly_pay = ?,
                accepts_lower_pay = ?, available_from = ?, updated_at = ?
            where id = ?""";
    private static final String INSERT_HISTORY =
            "insert into labour_file_change (file_id, version, changed_by, changed_at, changes) values (?, ?, ?, ?, cast(? as jsonb))";

    private LabourFileRows() {
    }

    /** The files found by blind index or by id, locked for this transaction. */
    public static Found lock(Connection connection, Collection<byte[]> indexes, Collection<UUID> ids) throws SQLException {
        Found found = new Found(new HashMap<>(), new HashMap<>());
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                + " from labour_file where id_number_index = any(?) for update");
                PreparedStatement selectIds = connection.prepareStatement("select " + COLUMNS
                        + " from labour_file where id = any(?) for update")) {
            select.setArray(1, connection.createArrayOf("bytea", indexes.toArray(byte[][]::new)));
            selectIds.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            for (PreparedStatement query : ids.isEmpty() ? List.of(select) : List.of(select, selectIds)) {
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        LabourFile file = found.byId.containsKey(rows.getObject("id", UUID.class))
                                ? found.byId.get(rows.getObject("id", UUID.class)) : read(rows);
                        found.byId.put(file.id, file);
                        if (file.idNumberIndex != null) {
                            found.byIndex.put(ByteBuffer.wrap(file.idNumberIndex), file);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Files found by {@link #lock}: by blind index (wrapped) and by id. */
    public record Found(Map<ByteBuffer, LabourFile> byIndex, Map<UUID, LabourFile> byId) {
    }

    public static void insert(Connection connection, List<LabourFile> files) throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (LabourFile f : files) {
                int i = 1;
                insert.setObject(i++, f.id);
                insert.setLong(i++, f.version);
                insert.setString(i++, f.name);
                insert.setBytes(i++, f.idNumberCipher);
                insert.setBytes(i++, f.idNumberIndex);
                insert.setBytes(i++, f.phoneCipher);
                insert.setBytes(i++, f.phoneIndex);
                insert.setObject(i++, f.birthDate);
                insert.setString(i++, name(f.sex));
                insert.setString(i++, f.householdRegion);
                insert.setString(i++, f.currentRegion);
                insert.setObject(i++, f.homeLat, Types.DOUBLE);
                insert.setObject(i++, f.homeLon, Types.DOUBLE);
                insert.setString(i++, name(f.povertyStatus));
                insert.setObject(i++, f.povertyStatusYear, Types.SMALLINT);
                insert.setString(i++, f.householdId);
                insert.setBoolean(i++, f.disability);
                insert.setString(i++, name(f.educationLevel));
                insert.setString(i++, json(f.skillsAndWishes));
                insert.setBigDecimal(i++, f.expectedMonthlyPay);
                insert.setBoolean(i++, f.acceptsLowerPay);
                insert.setObject(i++, f.availableFrom);
                insert.setString(i++, name(f.employmentStatus));
                insert.setString(i++, f.currentEmployer);
                insert.setObject(i++, f.employedSince);
                insert.setString(i++, f.employmentId);
                insert.setObject(i++, f.lastVerifiedOn);
                insert.setString(i++, f.lastVerifiedBy);
                insert.setString(i++, f.registeredBy);
                insert.setTimestamp(i++, Timestamp.from(f.registeredAt));
                insert.setTimestamp(i, Timestamp.from(f.updatedAt));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Writes the fields a change may touch (see LabourFileAmendments#apply) of files locked by {@link #lock}. */
    public static void update(Connection connection, Collection<LabourFile> files) throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (LabourFile f : files) {
                int i = 1;
                update.setLong(i++, f.version);
                update.setString(i++, f.name);
                update.setBytes(i++, f.phoneCipher);
                update.setBytes(i++, f.phoneIndex);
                update.setString(i++, f.currentRegion);
                update.setObject(i++, f.homeLat, Types.DOUBLE);
                update.setObject(i++, f.homeLon, Types.DOUBLE);
                update.setString(i++, name(f.povertyStatus));
                update.setObject(i++, f.povertyStatusYear, Types.SMALLINT);
                update.setString(i++, f.householdId);
                update.setBoolean(i++, f.disability);
                update.setString(i++, name(f.educationLevel));
                update.setString(i++, json(f.skillsAndWishes));
                update.setBigDecimal(i++, f.expectedMonthlyPay);
                update.setBoolean(i++, f.acceptsLowerPay);
                update.setObject(i++, f.availableFrom);
                update.setTimestamp(i++, Timestamp.from(f.updatedAt));
                update.setObject(i, f.id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    public static void insertHistory(Connection connection, List<HistoryEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_HISTORY)) {
            for (HistoryEntry e : entries) {
                insert.setObject(1, e.fileId);
                insert.setLong(2, e.version);
                insert.setString(3, e.changedBy);
                insert.setTimestamp(4, Timestamp.from(e.changedAt));
                insert.setString(5, json(e.changes));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static LabourFile read(ResultSet r) throws SQLException {
        LabourFile f = new LabourFile();
        f.id = r.getObject("id", UUID.class);
        f.version = r.getLong("version");
        f.name = r.getString("name");
        f.idNumberCipher = r.getBytes("id_number_cipher");
        f.idNumberIndex = r.getBytes("id_number_index");
        f.phoneCipher = r.getBytes("phone_cipher");
        f.phoneIndex = r.getBytes("phone_index");
        f.birthDate = r.getObject("birth_date", LocalDate.class);
        f.sex = value(ResidentIdNumber.Sex.class, r.getString("sex"));
        f.householdRegion = r.getString("household_region");
        f.currentRegion = r.getString("current_region");
        f.homeLat = r.getObject("home_lat", Double.class);
        f.homeLon = r.getObject("home_lon", Double.class);
        f.povertyStatus = value(PovertyStatus.class, r.getString("poverty_status"));
        f.povertyStatusYear = r.getObject("poverty_status_year", Integer.class);
        f.householdId = r.getString("household_id");
        f.disability = r.getBoolean("disability");
        f.educationLevel = value(EducationLevel.class, r.getString("education_level"));
        f.skillsAndWishes = fromJson(r.getString("skills_and_wishes"));
        f.expectedMonthlyPay = r.getBigDecimal("expected_monthly_pay");
        f.acceptsLowerPay = r.getBoolean("accepts_lower_pay");
        f.availableFrom = r.getObject("available_from", LocalDate.class);
        f.employmentStatus = value(EmploymentStatus.class, r.getString("employment_status"));
        f.currentEmployer = r.getString("current_employer");
        f.employedSince = r.getObject("employed_since", LocalDate.class);
        f.employmentId = r.getString("employment_id");
        f.lastVerifiedOn = r.getObject("last_verified_on", LocalDate.class);
        f.lastVerifiedBy = r.getString("last_verified_by");
        f.registeredBy = r.getString("registered_by");
        f.registeredAt = r.getTimestamp("registered_at").toInstant();
        f.updatedAt = r.getTimestamp("updated_at").toInstant();
        return f;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name.strip());
    }

    private static String json(Object document) {
        try {
            return STORED_JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static SkillsAndWishes fromJson(String document) {
        try {
            return STORED_JSON.readValue(document, SkillsAndWishes.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored skills_and_wishes cannot be read", e);
        }
    }
}
