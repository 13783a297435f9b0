package org.outreachtracker.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A document left at a meeting, as the meeting keeps it. */
@Embeddable
record StoredDocumentLeft(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20)
        DocumentKind kind,

        @Column(name = "language", length = 40) String language,
        @Column(name = "doc_version", length = 40) String version,
        @Column(name = "attachment_id") Long attachmentId) {

    static StoredDocumentLeft of(DocumentLeft document) {
        return new StoredDocumentLeft(
                document.kind(),
                blankToNull(document.language()),
                blankToNull(document.version()),
                document.attachmentId());
    }

    DocumentLeft toDocumentLeft() {
        return new DocumentLeft(kind, language, version, attachmentId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
