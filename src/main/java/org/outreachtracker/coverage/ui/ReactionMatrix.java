package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.DataTable;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.coverage.DashboardFigures;
import org.outreachtracker.meeting.Reaction;

/**
 * Talking points × reactions: how often each reaction was recorded for each point. Every
 * non-zero count links to the meetings behind it. When headquarters has revised the points, the
 * matrix is read one version at a time, the current one first: a revised point is a new point,
 * and its reactions are not added to those of the wording it replaced. The version read is one of
 * the dashboard's filters ({@code points} in its address, left out for the current version).
 */
class ReactionMatrix extends Composite<Div> {

    private final long campaignId;
    private final List<DashboardFigures.PointReactions> points;
    private final Div table = new Div();
    private final Select<Integer> version = new Select<>();
    private int current;
    private int shown;

    /**
     * The matrix of the campaign, read in the wanted version of its points; in the current version
     * when none is wanted or the campaign has no such version.
     */
    ReactionMatrix(long campaignId, List<DashboardFigures.PointReactions> points, Component export, Integer wanted) {
        this.campaignId = campaignId;
        this.points = points;
        getContent().addClassNames("chart-card", "reaction-matrix");
        var heading = new Div(new H2(getTranslation("coverage.matrix.title")), export);
        heading.addClassName("list-toolbar");
        getContent().add(heading);
        if (points.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("coverage.matrix.empty")));
            return;
        }
        List<Integer> versions = points.stream()
                .map(DashboardFigures.PointReactions::pointsVersion)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        current = versions.getFirst();
        shown = wanted != null && versions.contains(wanted) ? wanted : current;
        if (versions.size() > 1) {
            version.setId("matrix-points-version");
            version.setLabel(getTranslation("coverage.matrix.version"));
            version.setItems(versions);
            version.setItemLabelGenerator(v -> getTranslation(
                    v == current ? "coverage.matrix.version.current" : "coverage.matrix.version.other",
                    String.valueOf(v)));
            version.setValue(shown);
            version.setHelperText(getTranslation("coverage.matrix.version.helper"));
            version.setWidth("18em");
            version.addValueChangeListener(event -> show(event.getValue()));
            getContent().add(version);
        }
        getContent().add(table);
        show(shown);
    }

    /**
     * Tells the listener when the person reads another version of the points; the listener is
     * given the version as it goes into the address ({@code null} for the current one).
     */
    void onVersionChosen(Consumer<Integer> listener) {
        version.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                listener.accept(chosenVersion());
            }
        });
    }

    /** The version of the points read, as it goes into the address: {@code null} for the current one. */
    Integer chosenVersion() {
        return shown == current ? null : shown;
    }

    private void show(int pointsVersion) {
        shown = pointsVersion;
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("coverage.matrix.point"));
        for (Reaction reaction : Reaction.values()) {
            headers.add(reaction.label());
        }
        headers.add(getTranslation("coverage.matrix.raised"));
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardFigures.PointReactions point : points) {
            if (point.pointsVersion() != pointsVersion) {
                continue;
            }
            List<Object> row = new ArrayList<>();
            row.add(point.position() + ". " + point.label());
            for (Reaction reaction : Reaction.values()) {
                row.add(cell(campaignId, point, reaction));
            }
            row.add(
                    point.raised() == 0
                            ? "0"
                            : link(
                                    campaignId,
                                    point.talkingPointId(),
                                    null,
                                    String.valueOf(point.raised()),
                                    getTranslation("coverage.matrix.raisedLink", String.valueOf(point.position()))));
            rows.add(row);
        }
        table.removeAll();
        table.add(DataTable.of(getTranslation("coverage.matrix.caption"), headers, rows));
    }

    private static Object cell(long campaignId, DashboardFigures.PointReactions point, Reaction reaction) {
        long count = point.count(reaction);
        if (count == 0) {
            return "0";
        }
        return link(
                campaignId,
                point.talkingPointId(),
                reaction,
                String.valueOf(count),
                Translations.text("coverage.matrix.reactionLink", String.valueOf(point.position()), reaction.label()));
    }

    private static DataTable.Link link(
            long campaignId, long pointId, Reaction reaction, String text, String accessibleName) {
        var parameters = new java.util.LinkedHashMap<String, String>();
        parameters.put("campaign", String.valueOf(campaignId));
        parameters.put("point", String.valueOf(pointId));
        if (reaction != null) {
            parameters.put("reaction", reaction.name());
        }
        return new DataTable.Link(
                text,
                "meetings?" + QueryParameters.simple(Map.copyOf(parameters)).getQueryString(),
                Translations.text("coverage.matrix.linkLabel", accessibleName, text));
    }
}
