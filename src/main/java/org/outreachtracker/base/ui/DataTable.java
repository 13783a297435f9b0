package org.outreachtracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A small, plain HTML table with a caption, column headers and row headers: the text
 * equivalent of a chart. Cells hold text or components (links); text is never parsed as HTML.
 *
 * <p>A table of text only is one {@link Html} component built from escaped text rather than a
 * component per row and cell: it looks the same to the browser and to assistive technology, and
 * a session holding the dashboard keeps one server-side node per table instead of hundreds
 * (docs/performance.md, scenario d).
 */
public final class DataTable {

    private DataTable() {}

    /** Each row: the first cell becomes the row header; cells are Strings or Components. */
    public static Component of(String caption, List<String> headers, List<List<Object>> rows) {
        boolean textOnly = rows.stream().flatMap(List::stream).noneMatch(Component.class::isInstance);
        return textOnly ? textTable(caption, headers, rows) : componentTable(caption, headers, rows);
    }

    private static Html textTable(String caption, List<String> headers, List<List<Object>> rows) {
        var html = new StringBuilder("<table class=\"data-table\"><caption>")
                .append(escape(caption))
                .append("</caption><thead><tr>");
        for (String header : headers) {
            html.append("<th scope=\"col\">").append(escape(header)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<Object> values : rows) {
            html.append("<tr>");
            for (int i = 0; i < values.size(); i++) {
                String text = escape(String.valueOf(values.get(i)));
                html.append(i == 0 ? "<th scope=\"row\">" + text + "</th>" : "<td>" + text + "</td>");
            }
            html.append("</tr>");
        }
        return new Html(html.append("</tbody></table>").toString());
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
                Component content = values.get(i) instanceof Component component
                        ? component
                        : new Text(String.valueOf(values.get(i)));
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

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
