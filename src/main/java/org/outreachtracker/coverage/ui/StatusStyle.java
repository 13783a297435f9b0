package org.outreachtracker.coverage.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.coverage.CoverageStatus;

/**
 * How each coverage status is drawn in SVG (the map, the legend, the charts). The colours
 * themselves are defined once, in {@code frontend/styles/app.css} ({@code --ot-status-*}), and
 * used by every page that shows a status: the map, the legend, the dashboard's charts and the
 * status badges of My desk. A drawing only names them, through the class {@code ot-fill-<status>}.
 * The two "not reached" states and "pending" also carry a pattern, so no status is told by
 * colour alone.
 */
enum StatusStyle {
    NOT_TARGETED(CoverageStatus.NOT_TARGETED, null),
    NOT_APPROACHED(CoverageStatus.NOT_APPROACHED, "hatch"),
    APPROACHED_BY_PARTNER(CoverageStatus.APPROACHED_BY_PARTNER, "cross"),
    PENDING(CoverageStatus.PENDING, "dots"),
    SUPPORTIVE(CoverageStatus.SUPPORTIVE, null),
    RECEPTIVE(CoverageStatus.RECEPTIVE, null),
    NONCOMMITTAL(CoverageStatus.NONCOMMITTAL, null),
    SKEPTICAL(CoverageStatus.SKEPTICAL, null),
    REJECTED(CoverageStatus.REJECTED, null);

    /** The start of the key of a status's name: coverage.CoverageStatus.SUPPORTIVE. */
    static final String LABEL = "coverage.CoverageStatus.";

    final CoverageStatus status;
    final String pattern;

    StatusStyle(CoverageStatus status, String pattern) {
        this.status = status;
        this.pattern = pattern;
    }

    /** The status's name in the page's language. */
    static String label(CoverageStatus status) {
        return Translations.text(LABEL + status.name());
    }

    static StatusStyle of(CoverageStatus status) {
        return valueOf(status.name());
    }

    /** The status as it appears in class names and custom properties: "supportive", "not_approached". */
    static String token(CoverageStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** How this status is painted: its colour, its pattern if any, and its name. */
    Swatch swatch() {
        return new Swatch(token(status), LABEL + status.name(), pattern);
    }

    /** The class that paints a shape in this status's colour (see app.css). */
    String fillClass() {
        return swatch().fillClass();
    }

    String paint(String idPrefix, String classes) {
        return swatch().paint(idPrefix, classes);
    }

    String patternDefinition(String idPrefix) {
        return swatch().patternDefinition(idPrefix);
    }

    /** Every status's swatch, in the legend's order. */
    static List<Swatch> swatches() {
        return Arrays.stream(values()).map(StatusStyle::swatch).toList();
    }
}
