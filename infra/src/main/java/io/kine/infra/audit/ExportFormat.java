package io.kine.infra.audit;

import java.util.Locale;

/** The shapes an export comes in, with their media type and file extension. */
public enum ExportFormat {
    NDJSON("application/x-ndjson", "ndjson"),
    CSV("text/csv;charset=UTF-8", "csv"),
    FHIR("application/fhir+ndjson", "fhir.ndjson");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code ndjson}, {@code csv} or {@code fhir}; anything else is refused by the caller. */
    public static ExportFormat of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
