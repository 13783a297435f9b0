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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@Menu(order = 92, icon = "vaadin:globe-wire", title = "Countries")
@RolesAllowed(Roles.ADMIN)
public class CountriesView extends Main implements HasDynamicTitle {

    final TextField search = new TextField(getTranslation("reference.countries.search"));
    final Select<BureauRef> bureau = new Select<>();
    final Span total = new Span();
    final Grid<CountryDetails> grid = new Grid<>();

    private final ReferenceAdminService admin;
    private final List<BureauRef> bureaus;

    CountriesView(ReferenceAdminService admin, ReferenceService reference) {
        this.admin = admin;
        this.bureaus = reference.bureaus();
        addClassNames("page", "reference-admin-view");

        search.setPlaceholder(getTranslation("reference.countries.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("reference-search");
        bureau.setLabel(getTranslation("reference.countries.bureau"));
        bureau.setItems(bureaus);
        bureau.setItemLabelGenerator(
                value -> value == null ? getTranslation("reference.countries.bureau.any") : value.name());
        bureau.setEmptySelectionAllowed(true);
        bureau.setEmptySelectionCaption(getTranslation("reference.countries.bureau.any"));
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
        grid.setAriaLabel(getTranslation("reference.countries.title"));
        grid.addColumn(CountryDetails::name)
                .setKey("name")
                .setHeader(getTranslation("reference.countries.name"))
                .setSortProperty("name")
                .setFlexGrow(3)
                .setTooltipGenerator(CountryDetails::name);
        grid.addColumn(CountryDetails::code)
                .setKey("alpha2")
                .setHeader(getTranslation("reference.countries.alpha2"))
                .setSortProperty("code")
                .setFlexGrow(0)
                .setAutoWidth(true)
                .setPartNameGenerator(c -> "code-cell");
        grid.addColumn(CountryDetails::alpha3)
                .setKey("alpha3")
                .setHeader(getTranslation("reference.countries.alpha3"))
                .setSortProperty("alpha3")
                .setFlexGrow(0)
                .setAutoWidth(true)
                .setPartNameGenerator(c -> "code-cell");
        grid.addColumn(c -> c.numericCode() == null ? "—" : c.numericCode())
                .setKey("numeric")
                .setHeader(getTranslation("reference.countries.numeric"))
                .setSortProperty("numericCode")
                .setFlexGrow(0)
                .setAutoWidth(true)
                .setPartNameGenerator(c -> "code-cell");
        grid.addColumn(CountryDetails::bureauName)
                .setKey("bureau")
                .setHeader(getTranslation("reference.countries.bureau"))
                .setSortProperty("bureau.sortOrder")
                .setFlexGrow(2);
        grid.addColumn(c -> unStatus(c.unStatus()))
                .setKey("un")
                .setHeader(getTranslation("reference.countries.un"))
                .setSortProperty("unStatus")
                .setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("reference.countries.empty"));
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

    @Override
    public String getPageTitle() {
        return getTranslation("reference.countries.title");
    }

    static String unStatus(UnStatus status) {
        return ReferenceLabels.unStatus(status);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long count = admin.countCountries(filter());
        total.setText(getTranslation(count == 0 ? "reference.countries.none" : "reference.countries.count", count));
    }

    private void changeBureau(CountryDetails country) {
        grid.deselectAll();
        new BureauDialog(admin, bureaus, country, saved -> refresh()).open();
    }
}
