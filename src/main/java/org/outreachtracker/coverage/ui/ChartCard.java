package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A dashboard chart: a title, the SVG drawing, and the same figures as a table under "Show the figures". */
class ChartCard extends Composite<Div> {

    ChartCard(String title, String svg, Component table) {
        getContent().addClassName("chart-card");
        var drawing = new Svg(svg);
        drawing.addClassName("chart-drawing");
        var figures = new Details(getTranslation("coverage.chart.showFigures"), table);
        figures.addClassName("chart-figures");
        getContent().add(new H2(title), drawing, figures);
    }

    /** A card that says there is nothing to draw yet. */
    ChartCard(String title, String emptyText) {
        getContent().addClassNames("chart-card", "chart-empty");
        getContent().add(new H2(title), new Paragraph(emptyText));
    }
}
