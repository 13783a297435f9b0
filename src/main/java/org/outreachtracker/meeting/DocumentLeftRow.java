package org.outreachtracker.meeting;

import org.outreachtracker.attachment.AttachmentRef;

/**
 * A document left at a meeting, as its page shows it.
 *
 * @param file the stored file; {@code null} when none was kept
 */
public record DocumentLeftRow(DocumentKind kind, String language, String version, AttachmentRef file) {

    /** "Non-paper, French, version 2". */
    public String description() {
        StringBuilder text = new StringBuilder(kind.label());
        if (language != null && !language.isBlank()) {
            text.append(", ").append(language);
        }
        if (version != null && !version.isBlank()) {
            text.append(", version ").append(version);
        }
        return text.toString();
    }
}
