package org.outreachtracker.coverage.ui;

import java.util.List;
import java.util.Map;
import org.outreachtracker.coverage.CoverageStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws the coverage map as one SVG document: every country filled by its status, each a
 * focusable element with an accessible name and a hover title, keyed by its ISO code
 * ({@code data-country}). Text is always escaped: names come from editable reference data.
 */
final class CoverageMapSvg {

    /** One country on the map: its code, its name, its status, and what hovering shows. */
    record Entry(String alpha2, String name, CoverageStatus status, String detail, boolean selectable) {
    }

    static final double MARKER_RADIUS = 4.5;
    static final String PATTERNS = "map-pattern";

    private CoverageMapSvg() {
    }

    static String render(Map<String, WorldShapes.Shape> shapes, List<Entry> entries, String label) {
        var svg = new StringBuilder(256 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"coverage-map\" viewBox=\"0 0 ")
                .append(WorldShapes.format(WorldShapes.WIDTH)).append(' ')
                .append(WorldShapes.format(WorldShapes.HEIGHT))
                .append("\" role=\"group\" aria-label=\"").append(escape(label)).append("\">");
        svg.append(StatusStyle.patternDefinitions(PATTERNS));
        svg.append("<rect class=\"sea\" width=\"100%\" height=\"100%\"/>");
        StringBuilder markers = new StringBuilder();
        for (Entry entry : entries) {
            WorldShapes.Shape shape = shapes.get(entry.alpha2());
            if (shape == null) {
                continue;
            }
            StringBuilder target = shape.isMarker() ? markers : svg;
            String text = entry.name() + ": " + entry.status().label() + (entry.detail().isEmpty() ? "" : ". " + entry.detail());
            if (entry.selectable()) {
                target.append("<g class=\"country status-").append(entry.status().name().toLowerCase(java.util.Locale.ROOT))
                        .append("\" data-country=\"").append(escape(entry.alpha2()))
                        .append("\" tabindex=\"0\" role=\"button\" aria-label=\"").append(escape(text)).append("\">")
                        .append("<title>").append(escape(text)).append("</title>");
            } else {
                target.append("<g class=\"country outside\" aria-hidden=\"true\">");
            }
            String fill = StatusStyle.of(entry.status()).fill(PATTERNS);
            if (shape.isMarker()) {
                target.append("<circle class=\"marker\" cx=\"").append(WorldShapes.format(shape.markerX()))
                        .append("\" cy=\"").append(WorldShapes.format(shape.markerY()))
                        .append("\" r=\"").append(MARKER_RADIUS).append("\" fill=\"").append(fill).append("\"/>");
            } else {
                target.append("<path fill-rule=\"evenodd\" d=\"").append(shape.path()).append("\" fill=\"").append(fill).append("\"/>");
            }
            target.append("</g>");
        }
        // Markers of small countries go last, so they are drawn above their neighbours' outlines.
        svg.append(markers).append("</svg>");
        return svg.toString();
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
