package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.outreachtracker.coverage.CoverageStatus;

/** The map's key: each status's swatch (colour and pattern), name and how many countries have it. */
class CoverageLegend extends Composite<Div> {

    private final UnorderedList list = new UnorderedList();

    CoverageLegend() {
        getContent().addClassName("coverage-legend");
        list.getElement().setAttribute("aria-label", "Legend: countries per status");
        getContent().add(list);
    }

    void show(List<CoverageRow> rows) {
        Map<CoverageStatus, Integer> counts = new EnumMap<>(CoverageStatus.class);
        rows.forEach(row -> counts.merge(row.coverage().status(), 1, Integer::sum));
        list.removeAll();
        for (StatusStyle style : StatusStyle.values()) {
            var swatch =
                    new Svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"18\" height=\"14\" aria-hidden=\"true\">"
                            + "<defs>" + style.patternDefinition("legend") + "</defs>"
                            + "<rect width=\"18\" height=\"14\" stroke=\"#555\" " + style.paint("legend", "")
                            + "/></svg>");
            swatch.addClassName("legend-swatch");
            var label = new Span(style.status.label());
            var count = new Span(String.valueOf(counts.getOrDefault(style.status, 0)));
            count.addClassName("legend-count");
            list.add(new ListItem(swatch, label, count));
        }
    }
}
