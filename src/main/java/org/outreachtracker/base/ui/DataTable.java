package org.outreachtracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A small, plain HTML table with a caption, column headers and row headers: the text
 * equivalent of a chart. Cells hold text or components (links); text is never parsed as HTML.
 */
public final class DataTable {

    private DataTable() {
    }

    /** Each row: the first cell becomes the row header; cells are Strings or Components. */
    public static NativeTable of(String caption, List<String> headers, List<List<Object>> rows) {
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
                Component content = values.get(i) instanceof Component component ? component
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
}
