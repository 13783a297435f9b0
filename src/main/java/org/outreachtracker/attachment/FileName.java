package org.outreachtracker.attachment;

import java.util.Locale;

/**
 * A file's name as the application keeps and shows it: the last part of whatever path the browser
 * sent (some send "C:\Users\…\note.pdf"), without control, formatting or bidirectional characters
 * (an override can make "txt.exe" read "exe.txt"), at most 200 characters with its extension kept.
 */
public final class FileName {

    static final int MAX = 200;

    private FileName() {}

    /** The safe form of a name sent with a file; "file" when nothing is left of it. */
    public static String safe(String given) {
        String name = given == null ? "" : given;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            if (!hidden) {
                kept.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
            }
        });
        name = kept.toString().strip().replaceAll(" {2,}", " ");
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return "file";
        }
        if (name.length() > MAX) {
            String extension = extension(name);
            int keep = MAX - (extension.isEmpty() ? 0 : extension.length() + 1);
            name = name.substring(0, keep) + (extension.isEmpty() ? "" : "." + extension);
        }
        return name;
    }

    /** The extension of a name, lower case, without the dot; empty when it has none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
