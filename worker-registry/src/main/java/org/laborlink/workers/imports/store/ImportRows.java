package org.laborlink.workers.imports.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.laborlink.platform.csv.CsvRecords;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.problem.ProblemMappers;
import org.laborlink.workers.imports.domain.ImportFormat;
import org.laborlink.workers.labourfile.api.RegisterLabourFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rows of an uploaded import, read one at a time as the same {@link RegisterLabourFile} a POST /workers body
 * becomes, so a row is checked exactly like a single registration. JSON lines: one such body per line. CSV: a header
 * naming the body's fields ({@link #CSV_COLUMNS}); lists are separated by ";", a skill is "code:LEVEL" or
 * "code:CERTIFIED:certificate number", the home point is two columns, homeLat and homeLon.
 */
public final class ImportRows implements AutoCloseable {

    public static final List<String> CSV_COLUMNS = List.of("id", "name", "idNumber", "phone", "birthDate", "sex",
            "householdRegion", "currentRegion", "homeLat", "homeLon", "povertyStatus", "povertyStatusYear", "householdId",
            "disability", "educationLevel", "skills", "desiredOccupations", "expectedMonthlyPay", "acceptsLowerPay",
            "availableFrom", "willingToMigrateTo", "acceptedJobTypes", "willingToTrain", "trainingWishes");
    static final List<String> REQUIRED_CSV_COLUMNS = List.of("name", "idNumber", "householdRegion");
    private static final Set<String> LIST_COLUMNS = Set.of("desiredOccupations", "willingToMigrateTo", "acceptedJobTypes",
            "trainingWishes");

    /** A row read: the registration it asks for, or what is wrong with it. */
    public record ImportRow(long line, RegisterLabourFile request, List<Problem.FieldError> errors) {

        static ImportRow malformed(long line, Problem.FieldError error) {
            return new ImportRow(line, null, List.of(error));
        }
    }

    private final ImportFormat format;
    private final ObjectMapper json;
    private final BufferedReader lines;
    private final CsvRecords csv;
    private final List<String> header;
    private long line;

    private ImportRows(Path upload, ImportFormat format, ObjectMapper json) throws IOException {
        this.format = format;
        this.json = json;
        BufferedReader reader = Files.newBufferedReader(upload, StandardCharsets.UTF_8);
        if (format == ImportFormat.CSV) {
            this.lines = null;
            this.csv = new CsvRecords(reader);
            CsvRecords.CsvRecord first = csv.next();
            this.header = first == null ? List.of() : first.fields().stream().map(String::strip).toList();
        } else {
            this.lines = reader;
            this.csv = null;
            this.header = List.of();
        }
    }

    public static ImportRows open(Path upload, ImportFormat format, ObjectMapper json) {
        try {
            return new ImportRows(upload, format, json);
        } catch (IOException e) {
            throw new UncheckedIOException("import upload " + upload + " cannot be read", e);
        }
    }

    /**
     * Reads an upload once before it is accepted: checks a CSV header and counts the rows (records after the header;
     * non-blank JSON lines).
     *
     * @throws ProblemException naming unknown or missing columns
     */
    public static long checkAndCount(Path upload, ImportFormat format, ObjectMapper json) {
        long rows = 0;
        try (ImportRows reader = open(upload, format, json)) {
            if (format == ImportFormat.CSV) {
                reader.checkHeader();
                while (reader.csv.next() != null) {
                    rows++;
                }
            } else {
                for (String text = reader.lines.readLine(); text != null; text = reader.lines.readLine()) {
                    if (!text.isBlank()) {
                        rows++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private void checkHeader() {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String column : header) {
            if (!CSV_COLUMNS.contains(column)) {
                errors.add(new Problem.FieldError(column, "is not a labour-file column; known: " + String.join(",", CSV_COLUMNS)));
            }
        }
        for (String column : REQUIRED_CSV_COLUMNS) {
            if (!header.contains(column)) {
                errors.add(new Problem.FieldError(column, "column is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Import header has invalid columns",
                    "the CSV header: " + errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""),
                    errors);
        }
    }

    /** The next row at or after {@code fromLine}, or null at the end. */
    public ImportRow next(long fromLine) {
        while (true) {
            ImportRow row = format == ImportFormat.CSV ? nextCsv() : nextJsonLine();
            if (row == null || row.line() >= fromLine) {
                return row;
            }
        }
    }

    private ImportRow nextJsonLine() {
        String text;
        try {
            do {
                text = lines.readLine();
                line++;
            } while (text != null && text.isBlank());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = json.readTree(text);
            if (!node.isObject()) {
                return ImportRow.malformed(line, new Problem.FieldError("", "a line must hold one JSON object"));
            }
            return request(line, node);
        } catch (JsonProcessingException e) {
            return ImportRow.malformed(line, ProblemMappers.fieldError(e));
        }
    }

    private ImportRow nextCsv() {
        CsvRecords.CsvRecord record = csv.next();
        if (record == null) {
            return null;
        }
        List<String> cells = record.fields();
        if (cells.size() != header.size()) {
            return ImportRow.malformed(record.line(), new Problem.FieldError("",
                    "has " + cells.size() + " columns, the header " + header.size()));
        }
        ObjectNode node = json.createObjectNode();
        ObjectNode home = json.createObjectNode();
        for (int i = 0; i < cells.size(); i++) {
            String column = header.get(i);
            String cell = cells.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            switch (column) {
                case "homeLat" -> home.put("lat", cell);
                case "homeLon" -> home.put("lon", cell);
                case "skills" -> node.set(column, skills(cell));
                default -> {
                    if (LIST_COLUMNS.contains(column)) {
                        ArrayNode list = node.putArray(column);
                        for (String item : cell.split(";")) {
                            if (!item.isBlank()) {
                                list.add(item.strip());
                            }
                        }
                    } else {
                        node.put(column, cell);
                    }
                }
            }
        }
        if (!home.isEmpty()) {
            node.set("home", home);
        }
        return request(record.line(), node);
    }

    private ArrayNode skills(String cell) {
        ArrayNode skills = json.createArrayNode();
        for (String item : cell.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.strip().split(":", 3);
            ObjectNode skill = skills.addObject();
            skill.put("code", parts[0].strip());
            if (parts.length > 1) {
                skill.put("level", parts[1].strip());
            }
            if (parts.length > 2) {
                skill.put("certificateNumber", parts[2].strip());
            }
        }
        return skills;
    }

    private ImportRow request(long at, JsonNode node) {
        try {
            return new ImportRow(at, json.treeToValue(node, RegisterLabourFile.class), List.of());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return ImportRow.malformed(at, e instanceof JsonProcessingException p ? ProblemMappers.fieldError(p)
                    : new Problem.FieldError("", e.getMessage()));
        }
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.close();
            } else {
                lines.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
