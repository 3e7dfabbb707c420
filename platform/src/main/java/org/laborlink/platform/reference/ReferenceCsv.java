package org.laborlink.platform.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.laborlink.platform.csv.CsvRecords;

/** Reads the reference CSV files of ../shared/data (RFC 4180: quoted fields may hold commas, quotes and newlines). */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** Rows as maps from header name to value. */
    static List<Map<String, String>> read(Path file) {
        try (CsvRecords csv = new CsvRecords(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            List<String> header = csv.next().fields();
            List<Map<String, String>> out = new ArrayList<>();
            for (CsvRecords.CsvRecord record = csv.next(); record != null; record = csv.next()) {
                List<String> row = record.fields();
                out.add(IntStream.range(0, header.size()).boxed().collect(Collectors.toMap(header::get,
                        i -> i < row.size() ? row.get(i) : "", (a, b) -> a)));
            }
            return out;
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("reference data " + file + " cannot be read (set laborlink.reference-data.dir)",
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }
}
