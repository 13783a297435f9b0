package org.outreachtracker.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A document left in writing with the counterpart.
 *
 * @param language the language it was written in, e.g. "English" or "fr"
 * @param version the version of the text, e.g. "2"; blank when there was one only
 * @param attachmentId the stored file; {@code null} when no file was kept
 */
public record DocumentLeft(
        @NotNull(message = "Choose the kind of document.") DocumentKind kind,

        @Size(max = 40, message = "Use at most 40 characters.")
        String language,

        @Size(max = 40, message = "Use at most 40 characters.")
        String version,

        Long attachmentId) {}
