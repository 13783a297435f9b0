package org.outreachtracker.coverage.ui;

import org.outreachtracker.coverage.CoverageStatus;

/**
 * How each coverage status is drawn. Responses use the ColorBrewer RdYlBu scheme (safe for
 * colour-blind readers: blue is favourable, red unfavourable); the two "not reached" states and
 * "pending" also carry a pattern, so no status is told by colour alone.
 */
enum StatusStyle {
    NOT_TARGETED(CoverageStatus.NOT_TARGETED, "#e6e6e6", null),
    NOT_APPROACHED(CoverageStatus.NOT_APPROACHED, "#ffffff", "hatch"),
    PENDING(CoverageStatus.PENDING, "#b4a7d6", "dots"),
    SUPPORTIVE(CoverageStatus.SUPPORTIVE, "#2c7bb6", null),
    RECEPTIVE(CoverageStatus.RECEPTIVE, "#abd9e9", null),
    NONCOMMITTAL(CoverageStatus.NONCOMMITTAL, "#ffffbf", null),
    SKEPTICAL(CoverageStatus.SKEPTICAL, "#fdae61", null),
    REJECTED(CoverageStatus.REJECTED, "#d7191c", null);

    final CoverageStatus status;
    final String colour;
    final String pattern;

    StatusStyle(CoverageStatus status, String colour, String pattern) {
        this.status = status;
        this.colour = colour;
        this.pattern = pattern;
    }

    static StatusStyle of(CoverageStatus status) {
        return valueOf(status.name());
    }

    /**
     * The SVG fill: the pattern (which paints the colour underneath) or the plain colour.
     * {@code idPrefix} keeps pattern ids unique when several SVGs share a page.
     */
    String fill(String idPrefix) {
        return pattern == null ? colour : "url(#" + patternId(idPrefix) + ")";
    }

    private String patternId(String idPrefix) {
        return idPrefix + "-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** This style's pattern definition (empty for a plain colour). */
    String patternDefinition(String idPrefix) {
        if (pattern == null) {
            return "";
        }
        var def = new StringBuilder("<pattern id=\"").append(patternId(idPrefix))
                .append("\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"").append(colour).append("\"/>");
        if (pattern.equals("hatch")) {
            def.append("<path d=\"M0,6 L6,0\" stroke=\"#6b6b6b\" stroke-width=\"1\"/>");
        } else {
            def.append("<circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"#3d2b73\"/>");
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
