package org.outreachtracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Filters folded away on a phone: a "Filters (N)" button, N being the number of filters in force,
 * opens and closes them. On wider screens the button is not shown and the filters always are (the
 * rules are in app.css, under "filter-fold"). The filters stay on the server as they are; only
 * whether they are shown changes.
 */
public final class FilterFold {

    private final HasStyle container;
    private final Button toggle = new Button(VaadinIcon.FILTER.create());
    private boolean open;

    /** Folds the given components of the container; the button is to be added by the caller. */
    public FilterFold(HasStyle container, Component... foldable) {
        this.container = container;
        container.addClassName("filter-fold");
        toggle.addClassName("filter-toggle");
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(event -> setOpen(!open));
        fold(foldable);
        setActiveCount(0);
    }

    /** Also folds these components. */
    public void fold(Component... foldable) {
        for (Component component : foldable) {
            component.addClassName("filter-fold-item");
        }
    }

    /** The button that opens and closes the filters on a phone. */
    public Button toggle() {
        return toggle;
    }

    /** Shows how many filters are in force on the button. */
    public void setActiveCount(int active) {
        toggle.setText(Translations.text("base.filters.toggle", active));
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
        container.getClassNames().set("filters-open", open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }
}
