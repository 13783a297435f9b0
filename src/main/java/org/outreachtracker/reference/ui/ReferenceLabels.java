package org.outreachtracker.reference.ui;

import java.util.Locale;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.reference.PostType;
import org.outreachtracker.reference.UnStatus;

/** The names of post types and UN statuses in the page's language. */
public final class ReferenceLabels {

    private ReferenceLabels() {}

    public static String postType(PostType type) {
        return postType(Formats.locale(), type);
    }

    public static String postType(Locale language, PostType type) {
        return Translations.text(language, "reference.PostType." + type.name());
    }

    public static String unStatus(UnStatus status) {
        return unStatus(Formats.locale(), status);
    }

    public static String unStatus(Locale language, UnStatus status) {
        return Translations.text(language, "reference.UnStatus." + status.name());
    }
}
