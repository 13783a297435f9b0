package org.outreachtracker.base.export;

import java.time.LocalDate;

/** The file formats of an export. */
public enum ExportFormat {
    CSV("CSV", "csv", "text/csv;charset=UTF-8"),
    XLSX("Excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String label;
    private final String extension;
    private final String contentType;

    ExportFormat(String label, String extension, String contentType) {
        this.label = label;
        this.extension = extension;
        this.contentType = contentType;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** "meetings-2026-05-30.csv": what the export is, the day, the format. */
    public String fileName(String baseName, LocalDate day) {
        return baseName + "-" + day + "." + extension;
    }
}
