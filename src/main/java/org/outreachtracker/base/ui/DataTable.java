package org.outreachtracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, plain HTML table with a caption, column headers and row headers: the text
 * equivalent of a chart. Cells hold text, {@link Link links}, {@link Action actions} or
 * components; text is never parsed as HTML.
 *
 * <p>A table of text, links and actions is one {@link Html} component built from escaped text
 * rather than a component per row and cell: it looks the same to the browser and to assistive
 * technology, and a session holding the dashboard keeps one server-side node per table instead
 * of hundreds (docs/performance.md, scenario d). Its actions are native buttons; one click
 * listener on the table runs the action whose button was pressed, and ignores any other value a
 * page may send.
 */
public final class DataTable {

    /** A cell that leads to another page of the application, named for assistive technology. */
    public record Link(String text, String href, String accessibleName) {}

    /** A cell that is a button running {@code action}, named for assistive technology. */
    public record Action(String text, String accessibleName, Runnable action) {}

    /** The event data a click sends: the key of the action button pressed, if any. */
    static final String ACTION_DATA = "event.target.closest('button[data-action]')?.dataset.action";

    private DataTable() {}

    /**
     * Each row: the first cell becomes the row header; cells are Strings, {@link Link}s,
     * {@link Action}s or Components (any other value is shown as its text).
     */
    public static Component of(String caption, List<String> headers, List<List<Object>> rows) {
        boolean hasComponents = rows.stream().flatMap(List::stream).anyMatch(Component.class::isInstance);
        return hasComponents ? componentTable(caption, headers, rows) : htmlTable(caption, headers, rows);
    }

    private static Html htmlTable(String caption, List<String> headers, List<List<Object>> rows) {
        Map<String, Runnable> actions = new HashMap<>();
        var html = new HtmlBuilder()
                .open("table", "class", "data-table")
                .element("caption", caption)
                .open("thead")
                .open("tr");
        for (String header : headers) {
            html.element("th", header, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (List<Object> values : rows) {
            html.open("tr");
            for (int i = 0; i < values.size(); i++) {
                String cell = i == 0 ? "th" : "td";
                html.open(cell, "scope", i == 0 ? "row" : null);
                cell(html, values.get(i), actions);
                html.close(cell);
            }
            html.close("tr");
        }
        var table = html.close("tbody").close("table").toHtml();
        if (!actions.isEmpty()) {
            table.getElement()
                    .addEventListener("click", event -> {
                        var pressed = event.getEventData().get(ACTION_DATA);
                        Runnable action =
                                pressed == null || !pressed.isString() ? null : actions.get(pressed.asString());
                        if (action != null) {
                            action.run();
                        }
                    })
                    .addEventData(ACTION_DATA);
        }
        return table;
    }

    private static void cell(HtmlBuilder html, Object value, Map<String, Runnable> actions) {
        switch (value) {
            case Link link -> html.element("a", link.text(), "href", link.href(), "aria-label", link.accessibleName());
            case Action action -> {
                String key = String.valueOf(actions.size());
                actions.put(key, action.action());
                html.element(
                        "button",
                        action.text(),
                        "type",
                        "button",
                        "class",
                        "table-action",
                        "data-action",
                        key,
                        "aria-label",
                        action.accessibleName());
            }
            default -> html.text(String.valueOf(value));
        }
    }

    private static NativeTable componentTable(String caption, List<String> headers, List<List<Object>> rows) {
        var table = new NativeTable();
        table.addClassName("data-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        var body = table.getBody();
        for (List<Object> values : rows) {
            NativeTableRow row = body.addRow();
            for (int i = 0; i < values.size(); i++) {
                Component content = component(values.get(i));
                if (i == 0) {
                    NativeTableHeaderCell cell = row.addHeaderCell();
                    cell.add(content);
                    cell.getElement().setAttribute("scope", "row");
                } else {
                    NativeTableCell cell = row.addDataCell();
                    cell.add(content);
                }
            }
        }
        return table;
    }

    private static Component component(Object value) {
        return switch (value) {
            case Component component -> component;
            case Link link -> {
                var anchor = new Anchor(link.href(), link.text());
                anchor.getElement().setAttribute("aria-label", link.accessibleName());
                yield anchor;
            }
            case Action action -> {
                var button = new Button(action.text(), event -> action.action().run());
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                button.setAriaLabel(action.accessibleName());
                yield button;
            }
            default -> new Text(String.valueOf(value));
        };
    }
}
