package org.outreachtracker.coverage.ui;

import static org.outreachtracker.base.ui.HtmlBuilder.escape;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.coverage.CoverageStatus;

/**
 * Draws the coverage map as one SVG document: every country filled by its status, each a
 * focusable element with an accessible name and a hover title, keyed by its ISO code
 * ({@code data-country}). Text is always escaped: names come from editable reference data.
 */
final class CoverageMapSvg {

    /**
     * One country on the map: its code, its name, how it is painted (its swatch names its status
     * or tasking state), and what hovering shows.
     */
    record Entry(String alpha2, String name, Swatch swatch, String detail, boolean selectable) {

        /** A country coloured by its coverage status. */
        Entry(String alpha2, String name, CoverageStatus status, String detail, boolean selectable) {
            this(alpha2, name, StatusStyle.of(status).swatch(), detail, selectable);
        }
    }

    static final double MARKER_RADIUS = 4.5;
    static final String PATTERNS = "map-pattern";
    /**
     * Sea around the land, in map units: the widest outline a country is drawn with (a focused
     * one's, 2.5; the chosen one's halo, 5) stays inside the drawing, so the Arctic coasts of
     * Greenland and Canada, which reach the map's northern edge, are not cut off.
     */
    static final double MARGIN = 8;
    /** The area drawn, "x y width height": the map and its margin on every side. */
    static final String VIEW_BOX = WorldShapes.format(-MARGIN) + " " + WorldShapes.format(-MARGIN) + " "
            + WorldShapes.format(WorldShapes.WIDTH + 2 * MARGIN) + " "
            + WorldShapes.format(WorldShapes.HEIGHT + 2 * MARGIN);

    private CoverageMapSvg() {}

    static String render(Map<String, WorldShapes.Shape> shapes, List<Entry> entries, String label) {
        var svg = new StringBuilder(256 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"coverage-map\" viewBox=\"")
                .append(VIEW_BOX)
                .append("\" role=\"group\" aria-label=\"")
                .append(escape(label))
                .append("\">");
        svg.append(Swatch.patternDefinitions(
                PATTERNS, entries.stream().map(Entry::swatch).collect(Collectors.toCollection(LinkedHashSet::new))));
        svg.append("<rect class=\"sea\" x=\"")
                .append(WorldShapes.format(-MARGIN))
                .append("\" y=\"")
                .append(WorldShapes.format(-MARGIN))
                .append("\" width=\"")
                .append(WorldShapes.format(WorldShapes.WIDTH + 2 * MARGIN))
                .append("\" height=\"")
                .append(WorldShapes.format(WorldShapes.HEIGHT + 2 * MARGIN))
                .append("\"/>");
        StringBuilder markers = new StringBuilder();
        for (Entry entry : entries) {
            WorldShapes.Shape shape = shapes.get(entry.alpha2());
            if (shape == null) {
                continue;
            }
            StringBuilder target = shape.isMarker() ? markers : svg;
            String text = entry.detail().isEmpty()
                    ? Translations.text(
                            "coverage.map.country", entry.name(), entry.swatch().label())
                    : Translations.text(
                            "coverage.map.countryDetail",
                            entry.name(),
                            entry.swatch().label(),
                            entry.detail());
            if (entry.selectable()) {
                target.append("<g class=\"country status-")
                        .append(entry.swatch().token())
                        .append("\" data-country=\"")
                        .append(escape(entry.alpha2()))
                        .append("\" tabindex=\"0\" role=\"button\" aria-label=\"")
                        .append(escape(text))
                        .append("\">")
                        .append("<title>")
                        .append(escape(text))
                        .append("</title>");
            } else {
                target.append("<g class=\"country outside\" aria-hidden=\"true\">");
            }
            Swatch style = entry.swatch();
            if (shape.isMarker()) {
                target.append("<circle ")
                        .append(style.paint(PATTERNS, "marker"))
                        .append(" cx=\"")
                        .append(WorldShapes.format(shape.markerX()))
                        .append("\" cy=\"")
                        .append(WorldShapes.format(shape.markerY()))
                        .append("\" r=\"")
                        .append(MARKER_RADIUS)
                        .append("\"/>");
            } else {
                target.append("<path fill-rule=\"evenodd\" d=\"")
                        .append(shape.path())
                        .append("\" ")
                        .append(style.paint(PATTERNS, ""))
                        .append("/>");
            }
            target.append("</g>");
        }
        // Markers of small countries go last, so they are drawn above their neighbours' outlines.
        svg.append(markers).append("</svg>");
        return svg.toString();
    }

    /**
     * The chosen country's outline, drawn over the map in a layer of its own with the same view
     * box (so it lines up at any size): a light halo under a dark line, visible on every fill.
     * Drawn apart from the map so that choosing a country sends this small layer, not the map.
     */
    static String selection(WorldShapes.Shape shape) {
        var svg = new StringBuilder(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"coverage-map-selection\" viewBox=\"")
                .append(VIEW_BOX)
                .append("\" aria-hidden=\"true\" focusable=\"false\">");
        if (shape != null) {
            svg.append("<g data-selected=\"").append(escape(shape.alpha2())).append("\">");
            for (String layer : List.of("selection-halo", "selection-line")) {
                if (shape.isMarker()) {
                    svg.append("<circle class=\"")
                            .append(layer)
                            .append("\" cx=\"")
                            .append(WorldShapes.format(shape.markerX()))
                            .append("\" cy=\"")
                            .append(WorldShapes.format(shape.markerY()))
                            .append("\" r=\"")
                            .append(MARKER_RADIUS + 1.5)
                            .append("\"/>");
                } else {
                    svg.append("<path class=\"")
                            .append(layer)
                            .append("\" fill-rule=\"evenodd\" d=\"")
                            .append(shape.path())
                            .append("\"/>");
                }
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }
}
