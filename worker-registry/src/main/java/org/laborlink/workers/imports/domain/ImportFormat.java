package org.laborlink.workers.imports.domain;

import java.util.Arrays;
import java.util.Optional;

/** How the rows of an import are written: CSV with a header of field names, or one JSON object per line. */
public enum ImportFormat {
    CSV("text/csv"),
    JSON_LINES("application/x-ndjson");

    public static final String JSON_LINES_ALIAS = "application/jsonl";

    private final String mediaType;

    ImportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a media type's essence ("type/subtype", without parameters) names. */
    public static Optional<ImportFormat> of(String essence) {
        if (essence == null) {
            return Optional.empty();
        }
        if (JSON_LINES_ALIAS.equalsIgnoreCase(essence)) {
            return Optional.of(JSON_LINES);
        }
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(essence)).findFirst();
    }
}
