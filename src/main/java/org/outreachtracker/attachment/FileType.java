package org.outreachtracker.attachment;

import java.util.List;
import java.util.Set;

/**
 * A kind of file the application accepts: the documents a ministry leaves in writing, and photos
 * or scans of them (a signed note verbale photographed at the ministry).
 *
 * @param mediaType the type as detected from the content
 * @param label how the type reads for people
 * @param extensions the endings a file of this type may carry, lower case
 */
public record FileType(String mediaType, String label, Set<String> extensions) {

    /** The accepted types, in the order the form lists them. */
    public static final List<FileType> ACCEPTED = List.of(
            new FileType("application/pdf", "PDF", Set.of("pdf")),
            new FileType("application/msword", "Word 97–2003", Set.of("doc")),
            new FileType(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", Set.of("docx")),
            new FileType("application/vnd.oasis.opendocument.text", "OpenDocument text", Set.of("odt")),
            new FileType("application/rtf", "Rich text", Set.of("rtf")),
            new FileType("text/plain", "Plain text", Set.of("txt")),
            new FileType("image/png", "PNG image", Set.of("png")),
            new FileType("image/jpeg", "JPEG image", Set.of("jpg", "jpeg")));

    public FileType {
        extensions = Set.copyOf(extensions);
    }

    /** The accepted endings as a browser's file picker takes them: ".pdf", ".doc", … */
    public static List<String> acceptedEndings() {
        return ACCEPTED.stream()
                .flatMap(type -> type.extensions().stream().sorted().map(e -> "." + e))
                .toList();
    }

    /** The accepted types for people: "PDF (.pdf), Word 97–2003 (.doc), …". */
    public static String acceptedText() {
        return String.join(
                ", ",
                ACCEPTED.stream()
                        .map(type -> type.label() + " ("
                                + String.join(
                                        ", ",
                                        type.extensions().stream()
                                                .sorted()
                                                .map(e -> "." + e)
                                                .toList())
                                + ")")
                        .toList());
    }
}
