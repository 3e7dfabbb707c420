package org.laborlink.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class CsvRecordsTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndRecordsKnowTheirLine() {
        CsvRecords csv = new CsvRecords(new StringReader("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,,\n"));
        assertEquals(new CsvRecords.CsvRecord(1, List.of("a", "b", "c")), csv.next());
        assertEquals(new CsvRecords.CsvRecord(2, List.of("x, y", "say \"hi\"", "two\nlines")), csv.next());
        assertEquals(new CsvRecords.CsvRecord(5, List.of("last", "", "")), csv.next());
        assertNull(csv.next());
    }

    @Test
    void theLastRecordNeedsNoLineBreak() {
        CsvRecords csv = new CsvRecords(new StringReader("h\nv"));
        assertEquals(List.of("h"), csv.next().fields());
        assertEquals(new CsvRecords.CsvRecord(2, List.of("v")), csv.next());
        assertNull(csv.next());
    }
}
