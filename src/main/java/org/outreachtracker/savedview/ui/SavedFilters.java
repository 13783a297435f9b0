package org.outreachtracker.savedview.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import org.outreachtracker.savedview.SavedPage;
import org.outreachtracker.savedview.SavedViewService;

/**
 * A page's filters in its address, and the signed-in person's last choice of them. The address
 * wins: a bookmarked or shared address shows what it says (and does not change the person's own
 * choice). An address without filters shows the person's last choice, read like an address, so
 * what no longer fits falls back to the page's defaults. Each filter the person changes goes into
 * the address bar (without a new history entry) and is kept as their choice.
 */
public final class SavedFilters {

    private final SavedViewService views;
    private final SavedPage page;
    private final String route;

    public SavedFilters(SavedViewService views, SavedPage page, String route) {
        this.views = views;
        this.page = page;
        this.route = route;
    }

    /** The filters to show for an address: its own, or else the last choice (empty when none can be read). */
    public QueryParameters toShow(Location address) {
        QueryParameters given = address.getQueryParameters();
        if (!given.getParameters().isEmpty()) {
            return given;
        }
        return views.lastChoice(page).flatMap(SavedFilters::read).orElse(QueryParameters.empty());
    }

    /** Shows the filters in the address bar, so the page can be bookmarked and reloaded as it is. */
    public void showInAddress(UI ui, QueryParameters filters) {
        ui.getPage().getHistory().replaceState(null, new Location(route, filters));
    }

    /** The person chose these filters: they go into the address bar and are kept as the person's choice. */
    public void chosen(UI ui, QueryParameters filters) {
        showInAddress(ui, filters);
        views.keepChoice(page, filters.getQueryString());
    }

    private static Optional<QueryParameters> read(String saved) {
        try {
            return Optional.of(QueryParameters.fromString(saved));
        } catch (RuntimeException unreadable) {
            // A choice kept in a form the page no longer reads is no choice: the defaults apply.
            return Optional.empty();
        }
    }
}
