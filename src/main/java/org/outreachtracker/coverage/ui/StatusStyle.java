package org.outreachtracker.coverage.ui;

import java.util.Locale;
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
    PENDING(CoverageStatus.PENDING, "dots"),
    SUPPORTIVE(CoverageStatus.SUPPORTIVE, null),
    RECEPTIVE(CoverageStatus.RECEPTIVE, null),
    NONCOMMITTAL(CoverageStatus.NONCOMMITTAL, null),
    SKEPTICAL(CoverageStatus.SKEPTICAL, null),
    REJECTED(CoverageStatus.REJECTED, null);

    final CoverageStatus status;
    final String pattern;

    StatusStyle(CoverageStatus status, String pattern) {
        this.status = status;
        this.pattern = pattern;
    }

    static StatusStyle of(CoverageStatus status) {
        return valueOf(status.name());
    }

    /** The status as it appears in class names and custom properties: "supportive", "not_approached". */
    static String token(CoverageStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The class that paints a shape in this status's colour (see app.css). */
    String fillClass() {
        return "ot-fill-" + token(status);
    }

    /**
     * The attributes that paint a shape in this status, with its other classes ({@code classes},
     * may be empty): the pattern (which paints the colour underneath) or the plain colour's
     * class. {@code idPrefix} keeps pattern ids unique when several SVGs share a page.
     */
    String paint(String idPrefix, String classes) {
        if (pattern == null) {
            return "class=\"" + (classes.isEmpty() ? "" : classes + " ") + fillClass() + "\"";
        }
        return (classes.isEmpty() ? "" : "class=\"" + classes + "\" ") + "fill=\"url(#" + patternId(idPrefix) + ")\"";
    }

    private String patternId(String idPrefix) {
        return idPrefix + "-" + token(status);
    }

    /** This style's pattern definition (empty for a plain colour). */
    String patternDefinition(String idPrefix) {
        if (pattern == null) {
            return "";
        }
        var def = new StringBuilder("<pattern id=\"")
                .append(patternId(idPrefix))
                .append("\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">")
                .append("<rect width=\"6\" height=\"6\" class=\"")
                .append(fillClass())
                .append("\"/>");
        if (pattern.equals("hatch")) {
            def.append("<path d=\"M0,6 L6,0\" class=\"ot-pattern-line\" stroke-width=\"1\"/>");
        } else {
            def.append("<circle cx=\"3\" cy=\"3\" r=\"1.2\" class=\"ot-pattern-dot\"/>");
        }
        return def.append("</pattern>").toString();
    }

    /** Every pattern the styles use, as one {@code defs} element. */
    static String patternDefinitions(String idPrefix) {
        var defs = new StringBuilder("<defs>");
        for (StatusStyle style : values()) {
            defs.append(style.patternDefinition(idPrefix));
        }
        return defs.append("</defs>").toString();
    }
}
