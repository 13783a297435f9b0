package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;

/**
 * The world map. A click on a country, or Enter or Space on a focused country, reports its
 * ISO code. Each country is one focusable element, so the map is used with the keyboard
 * (Tab moves from country to country) and a screen reader reads each one's name and status.
 * The chosen country is outlined in a layer over the map.
 */
class CoverageMap extends Composite<Div> {

    private static final String COUNTRY_OF_TARGET =
            "(event.target.closest('[data-country]') || {getAttribute: () => ''}).getAttribute('data-country')";

    private final WorldShapes shapes;
    private final Svg svg = new Svg();
    private final Svg selection = new Svg(CoverageMapSvg.selection(null));
    private String selected;

    CoverageMap(WorldShapes shapes, Consumer<String> onCountry) {
        this.shapes = shapes;
        getContent().addClassName("coverage-map-frame");
        selection.addClassName("coverage-map-selection-layer");
        getContent().add(svg, selection);
        svg.getElement()
                .addEventListener(
                        "click",
                        event -> report(
                                event.getEventData().path(COUNTRY_OF_TARGET).asString(""), onCountry))
                .addEventData(COUNTRY_OF_TARGET);
        svg.getElement()
                .addEventListener(
                        "keydown",
                        event -> report(
                                event.getEventData().path(COUNTRY_OF_TARGET).asString(""), onCountry))
                .addEventData(COUNTRY_OF_TARGET)
                .setFilter("event.key === 'Enter' || event.key === ' '")
                .preventDefault();
    }

    void show(List<CoverageMapSvg.Entry> entries, String label) {
        svg.setSvg(CoverageMapSvg.render(shapes.shapes(), entries, label));
    }

    /** Outlines this country (ISO alpha-2), or none ({@code null}). */
    void select(String code) {
        selected = code == null || !shapes.shapes().containsKey(code) ? null : code;
        selection.setSvg(CoverageMapSvg.selection(
                selected == null ? null : shapes.shapes().get(selected)));
    }

    /** The outlined country's ISO alpha-2 code, or {@code null}. */
    String selected() {
        return selected;
    }

    /** Whether the country lies mostly in the eastern half of the map (a panel beside it then goes west). */
    boolean isEastern(String code) {
        WorldShapes.Shape shape = shapes.shapes().get(code);
        return shape != null && shape.isEastern();
    }

    private static void report(String code, Consumer<String> onCountry) {
        if (code != null && !code.isBlank()) {
            onCountry.accept(code);
        }
    }

    /** What hovering over a country says besides its name and status. */
    static String detail(CoverageRow row) {
        var coverage = row.coverage();
        if (coverage.lastMeetingDate() == null) {
            return "";
        }
        String key = coverage.meetings() == 1 ? "coverage.map.detail.one" : "coverage.map.detail.other";
        return Translations.text(
                coverage.hasOverdueFollowUps() ? key + ".overdue" : key,
                Formats.date(coverage.lastMeetingDate()),
                String.valueOf(coverage.meetings()));
    }
}
