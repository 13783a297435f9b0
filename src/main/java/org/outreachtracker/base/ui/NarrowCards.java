package org.outreachtracker.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * A list shown as cards on a phone: the grid gets one more column whose cells hold the row's key
 * facts, one card per row. On a narrow browser window that column is the only one shown; on a
 * wider one it is hidden and the grid's own columns come back. The browser's width is read when
 * the grid is shown and again whenever the window is resized (turning a tablet, for example).
 * Clicking a card is clicking the row, so opening a row works as before.
 */
public final class NarrowCards<T> {

    /** Up to this window width, in CSS pixels, lists are shown as cards (phones, held upright or not). */
    public static final int NARROW_MAX_WIDTH = 640;

    private final Grid<T> grid;
    private final Grid.Column<T> cards;
    /** The columns hidden to show the cards, shown again on a wide window. */
    private final List<Grid.Column<T>> hiddenForCards = new ArrayList<>();

    private boolean narrow;

    private NarrowCards(Grid<T> grid, Grid.Column<T> cards) {
        this.grid = grid;
        this.cards = cards;
    }

    /**
     * Adds the card column to the grid (hidden until the window is found narrow) and follows the
     * window's width while the grid is shown.
     *
     * @param header the card column's header (what the list holds, e.g. "Meetings")
     */
    public static <T> NarrowCards<T> install(Grid<T> grid, Renderer<T> card, String header) {
        Grid.Column<T> column = grid.addColumn(card)
                .setHeader(header)
                .setKey("card")
                .setFlexGrow(1)
                .setAutoWidth(false);
        column.setVisible(false);
        column.setPartNameGenerator(item -> "card");
        var cards = new NarrowCards<>(grid, column);
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> cards.show(details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(event -> cards.show(event.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
        return cards;
    }

    /** The card column, e.g. to make it sortable. */
    public Grid.Column<T> column() {
        return cards;
    }

    /** Whether the list is shown as cards now. */
    public boolean narrow() {
        return narrow;
    }

    /**
     * Shows or hides one of the grid's own columns (one shown only for some choices): while the
     * cards are shown, the choice is kept for when the window is wide again.
     */
    public void setColumnVisible(Grid.Column<T> column, boolean visible) {
        if (!narrow) {
            column.setVisible(visible);
        } else if (visible && !hiddenForCards.contains(column)) {
            hiddenForCards.add(column);
        } else if (!visible) {
            hiddenForCards.remove(column);
        }
    }

    /** Shows the cards or the columns for a window of this width (in CSS pixels; 0 if unknown). */
    public void show(int windowWidth) {
        boolean nowNarrow = windowWidth > 0 && windowWidth <= NARROW_MAX_WIDTH;
        if (nowNarrow == narrow) {
            return;
        }
        narrow = nowNarrow;
        if (narrow) {
            for (Grid.Column<T> column : grid.getColumns()) {
                if (column != cards && column.isVisible()) {
                    column.setVisible(false);
                    hiddenForCards.add(column);
                }
            }
            cards.setVisible(true);
            grid.addClassName("card-list");
        } else {
            cards.setVisible(false);
            hiddenForCards.forEach(column -> column.setVisible(true));
            hiddenForCards.clear();
            grid.removeClassName("card-list");
        }
    }
}
