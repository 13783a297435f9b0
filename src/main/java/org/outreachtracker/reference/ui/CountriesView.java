package org.outreachtracker.reference.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.outreachtracker.base.Roles;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryDetails;
import org.outreachtracker.reference.CountryFilter;
import org.outreachtracker.reference.ReferenceAdminService;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.UnStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The countries with their ISO codes, bureau and UN status: search by name or code, narrow by
 * bureau, open a country to move it to another bureau. Countries themselves are kept as ISO
 * 3166-1 defines them and are changed by migrations only.
 */
@Route("admin/countries")
@PageTitle("Countries")
@Menu(order = 92, icon = "vaadin:globe-wire", title = "Countries")
@RolesAllowed(Roles.ADMIN)
public class CountriesView extends Main {

    final TextField search = new TextField("Search");
    final Select<BureauRef> bureau = new Select<>();
    final Span total = new Span();
    final Grid<CountryDetails> grid = new Grid<>();

    private final ReferenceAdminService admin;
    private final List<BureauRef> bureaus;

    CountriesView(ReferenceAdminService admin, ReferenceService reference) {
        this.admin = admin;
        this.bureaus = reference.bureaus();
        addClassNames("page", "reference-admin-view");

        search.setPlaceholder("Name or ISO code");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("reference-search");
        bureau.setLabel("Bureau");
        bureau.setItems(bureaus);
        bureau.setItemLabelGenerator(value -> value == null ? "Any bureau" : value.name());
        bureau.setEmptySelectionAllowed(true);
        bureau.setEmptySelectionCaption("Any bureau");
        search.addValueChangeListener(event -> refresh());
        bureau.addValueChangeListener(event -> refresh());

        var filters = new Div(search, bureau);
        filters.addClassName("filters");
        var toolbar = new Div(filters);
        toolbar.addClassName("toolbar");
        total.addClassName("result-count");
        total.getElement().setAttribute("aria-live", "polite");

        configureGrid();
        add(toolbar, total, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("reference-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Countries");
        grid.addColumn(CountryDetails::name)
                .setKey("name")
                .setHeader("Name")
                .setSortProperty("name")
                .setFlexGrow(3)
                .setTooltipGenerator(CountryDetails::name);
        grid.addColumn(CountryDetails::code)
                .setKey("alpha2")
                .setHeader("Alpha-2")
                .setSortProperty("code")
                .setFlexGrow(0)
                .setAutoWidth(true)
                .setPartNameGenerator(c -> "code-cell");
        grid.addColumn(CountryDetails::alpha3)
                .setKey("alpha3")
                .setHeader("Alpha-3")
                .setSortProperty("alpha3")
                .setFlexGrow(0)
                .setAutoWidth(true)
                .setPartNameGenerator(c -> "code-cell");
        grid.addColumn(c -> c.numericCode() == null ? "—" : c.numericCode())
                .setKey("numeric")
                .setHeader("Numeric")
                .setSortProperty("numericCode")
                .setFlexGrow(0)
                .setAutoWidth(true)
                .setPartNameGenerator(c -> "code-cell");
        grid.addColumn(CountryDetails::bureauName)
                .setKey("bureau")
                .setHeader("Bureau")
                .setSortProperty("bureau.sortOrder")
                .setFlexGrow(2);
        grid.addColumn(c -> unStatus(c.unStatus()))
                .setKey("un")
                .setHeader("UN status")
                .setSortProperty("unStatus")
                .setFlexGrow(1);
        grid.setEmptyStateText("No countries match. Clear the search or the bureau.");
        grid.setItemsPageable(
                pageable -> admin.searchCountries(filter(), byName(pageable)),
                pageable -> admin.countCountries(filter()));
        grid.addSelectionListener(event -> event.getFirstSelectedItem().ifPresent(this::changeBureau));
    }

    CountryFilter filter() {
        return new CountryFilter(
                search.getValue(),
                bureau.getValue() == null ? null : bureau.getValue().id());
    }

    private static Pageable byName(Pageable pageable) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("name");
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
    }

    static String unStatus(UnStatus status) {
        return switch (status) {
            case MEMBER -> "Member";
            case OBSERVER -> "Observer";
            case OTHER -> "Not a member";
        };
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long count = admin.countCountries(filter());
        total.setText((count == 1 ? "1 country" : String.format("%,d countries", count))
                + (count == 0 ? "" : " · select one to change its bureau"));
    }

    private void changeBureau(CountryDetails country) {
        grid.deselectAll();
        new BureauDialog(admin, bureaus, country, saved -> refresh()).open();
    }
}
