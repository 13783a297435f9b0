package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The map's key: each status's swatch (colour and pattern), name and how many countries have it. */
class CoverageLegend extends Composite<Div> {

    private final UnorderedList list = new UnorderedList();

    CoverageLegend() {
        getContent().addClassName("coverage-legend");
        list.getElement().setAttribute("aria-label", getTranslation("coverage.legend.status"));
        getContent().add(list);
    }

    /** The key of the map coloured by coverage status, with the countries of each status among these rows. */
    void show(List<CoverageRow> rows) {
        Map<Swatch, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.merge(StatusStyle.of(row.coverage().status()).swatch(), 1, Integer::sum));
        show(StatusStyle.swatches(), counts, getTranslation("coverage.legend.status"));
    }

    /** A key of these swatches, in this order, each with its count of countries. */
    void show(List<Swatch> swatches, Map<Swatch, Integer> counts, String listLabel) {
        list.getElement().setAttribute("aria-label", listLabel);
        list.removeAll();
        for (Swatch style : swatches) {
            var swatch =
                    new Svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"18\" height=\"14\" aria-hidden=\"true\">"
                            + "<defs>" + style.patternDefinition("legend") + "</defs>"
                            + "<rect width=\"18\" height=\"14\" stroke=\"#555\" " + style.paint("legend", "")
                            + "/></svg>");
            swatch.addClassName("legend-swatch");
            var label = new Span(style.label());
            var count = new Span(String.valueOf(counts.getOrDefault(style, 0)));
            count.addClassName("legend-count");
            list.add(new ListItem(swatch, label, count));
        }
    }
}
