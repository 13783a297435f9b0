package org.outreachtracker.coverage.ui;

import java.util.Collection;
import org.outreachtracker.base.ui.Translations;

/**
 * How one category is painted in SVG (a country on the map, a legend's key): the colour named by
 * the class {@code ot-fill-<token>} (defined once, in app.css), and for some a pattern over it, so
 * that no category is told by colour alone.
 *
 * @param token the category in class names and pattern ids: "supportive", "tasking-delivered"
 * @param labelKey the key of the category's name, as the legend and the map's accessible names give it
 * @param pattern "hatch", "cross" (hatched both ways), "dots", or {@code null} for a plain colour
 */
record Swatch(String token, String labelKey, String pattern) {

    /** The category's name in the page's language. */
    String label() {
        return Translations.text(labelKey);
    }

    /** The class that paints a shape in this category's colour (see app.css). */
    String fillClass() {
        return "ot-fill-" + token;
    }

    /**
     * The attributes that paint a shape in this category, with its other classes ({@code classes},
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
        return idPrefix + "-" + token;
    }

    /** This category's pattern definition (empty for a plain colour). */
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
        } else if (pattern.equals("cross")) {
            def.append("<path d=\"M0,6 L6,0 M0,0 L6,6\" class=\"ot-pattern-line\" stroke-width=\"0.8\"/>");
        } else {
            def.append("<circle cx=\"3\" cy=\"3\" r=\"1.2\" class=\"ot-pattern-dot\"/>");
        }
        return def.append("</pattern>").toString();
    }

    /** Every pattern these swatches use, as one {@code defs} element. */
    static String patternDefinitions(String idPrefix, Collection<Swatch> swatches) {
        var defs = new StringBuilder("<defs>");
        for (Swatch swatch : swatches) {
            defs.append(swatch.patternDefinition(idPrefix));
        }
        return defs.append("</defs>").toString();
    }
}
