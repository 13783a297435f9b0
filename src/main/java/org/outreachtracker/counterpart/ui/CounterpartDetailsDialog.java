package org.outreachtracker.counterpart.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.function.LongFunction;
import org.outreachtracker.base.ui.AppDialog;
import org.outreachtracker.counterpart.CounterpartRef;

/**
 * One counterpart: their fields, "Edit" when the user may change them, and the meetings held
 * with them (each leading to the meeting). Closes when the user follows a meeting link.
 */
class CounterpartDetailsDialog extends AppDialog {

    private final DescriptionList fields = new DescriptionList();
    /** Shown only when the user may change the counterpart; the view decides what it does. */
    final Button edit = new Button(getTranslation("counterpart.details.edit"), VaadinIcon.EDIT.create());
    /** Shown with "Edit"; deleting hides the counterpart until a manager restores it. */
    final Button delete = new Button(getTranslation("counterpart.details.delete"), VaadinIcon.TRASH.create());

    private Registration closeOnNavigation;
    private CounterpartRef current;

    /**
     * @param countryName the country's name for the counterpart's country id
     * @param meetings the list of the counterpart's meetings, or {@code null} when not available
     */
    CounterpartDetailsDialog(
            CounterpartRef counterpart, LongFunction<String> countryName, boolean mayEdit, Component meetings) {
        super(counterpart.name(), "min(56rem, 100vw)");
        addClassName("counterpart-details");
        fields.addClassName("counterpart-fields");
        show(counterpart, countryName);

        edit.setVisible(mayEdit);
        delete.setVisible(mayEdit);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        getFooter().add(delete, edit);
        addCloseButton(getTranslation("counterpart.details.close"));

        String href = "counterparts/" + counterpart.id();
        var page = new Anchor(href, getTranslation("counterpart.details.page"));
        page.setId("counterpart-page-link");
        page.addClassName("counterpart-page-link");
        add(fields, page);
        if (meetings != null) {
            var heading = new H3(getTranslation("counterpart.details.meetings"));
            heading.addClassName("counterpart-meetings-heading");
            add(heading, meetings);
        }
        addAttachListener(event -> closeOnNavigation = event.getUI().addAfterNavigationListener(nav -> close()));
        addDetachListener(event -> {
            if (closeOnNavigation != null) {
                closeOnNavigation.remove();
            }
        });
    }

    /** The counterpart as last shown (after an edit, as saved). */
    CounterpartRef current() {
        return current;
    }

    /** Shows the counterpart's (possibly just changed) fields. */
    void show(CounterpartRef counterpart, LongFunction<String> countryName) {
        current = counterpart;
        setHeaderTitle(counterpart.name());
        fields.removeAll();
        add(getTranslation("counterpart.details.jobTitle"), counterpart.title());
        add(getTranslation("counterpart.details.organization"), counterpart.organization());
        add(getTranslation("counterpart.details.country"), countryName.apply(counterpart.countryId()));
        add(getTranslation("counterpart.details.level"), CounterpartLabels.level(counterpart.level()));
    }

    private void add(String term, String description) {
        fields.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }
}
