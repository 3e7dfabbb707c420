package org.laborlink.platform.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time from a stream: quoted fields may hold commas, doubled quotes and line
 * breaks; a byte-order mark before the first record is skipped. Each record knows the line it starts on, so errors
 * can name it. Blank lines are skipped. Not thread-safe.
 */
public final class CsvRecords implements AutoCloseable {

    /** One record and the 1-based line it starts on. */
    public record CsvRecord(long line, List<String> fields) {
    }

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int length;
    private int position;
    private long line = 1;
    private boolean started;

    public CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. */
    public CsvRecord next() {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                position++;
            }
        }
        while (true) {
            int c = peek();
            if (c < 0) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                consumeLineBreak();
                continue;
            }
            break;
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            int c = read();
            if (c < 0) {
                fields.add(field.toString());
                return new CsvRecord(startLine, fields);
            }
            if (quoted) {
                if (c == '"' && peek() == '"') {
                    field.append('"');
                    position++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                position--;
                consumeLineBreak();
                fields.add(field.toString());
                return new CsvRecord(startLine, fields);
            } else {
                field.append((char) c);
            }
        }
    }

    private void consumeLineBreak() {
        int c = read();
        if (c == '\r' && peek() == '\n') {
            position++;
        }
        line++;
    }

    private int read() {
        int c = peek();
        if (c >= 0) {
            position++;
        }
        return c;
    }

    private int peek() {
        if (position == length) {
            try {
                length = in.read(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[position];
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
