package org.outreachtracker.counterpart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.DeskRule;
import org.outreachtracker.account.Role;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.ExportButtons;
import org.outreachtracker.base.ui.FilterFold;
import org.outreachtracker.base.ui.NarrowCards;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.counterpart.BackgroundWork;
import org.outreachtracker.counterpart.CounterpartExport;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartImportService;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.ui.CountryNames;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The counterpart directory: search by name, title or organization, narrow by country and
 * level, open a counterpart to see their meetings. Officers add and edit counterparts of their
 * desk countries, managers of any country.
 */
@Route("counterparts")
@Menu(order = 50, icon = "vaadin:user-card", title = "Counterparts")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class CounterpartsView extends Main implements HasDynamicTitle {

    final TextField search = new TextField(getTranslation("counterpart.list.search"));
    final ComboBox<CountryRef> country = new ComboBox<>(getTranslation("counterpart.list.country"));
    final Select<CounterpartLevel> level = new Select<>();
    private final FilterFold fold;
    final Span total = new Span();
    final Button create = new Button(getTranslation("counterpart.list.new"), VaadinIcon.PLUS.create());
    final Button importFile = new Button(getTranslation("counterpart.list.import"), VaadinIcon.UPLOAD_ALT.create());
    /** Managers: the sets of counterparts whose names are spelled alike, to merge. */
    final Button duplicates = new Button(getTranslation("counterpart.list.duplicates"), VaadinIcon.COPY_O.create());

    final Grid<CounterpartRef> grid = new Grid<>();

    private final CounterpartService counterparts;
    private final CounterpartMeetings meetings;
    private final Map<Long, CountryRef> countriesById;
    private final boolean manager;
    private final DeskRule desk;
    private final List<CountryRef> editableCountries;
    private final Clock clock;

    CounterpartsView(
            CounterpartService counterparts,
            ReferenceService reference,
            CurrentUser currentUser,
            CounterpartMeetings meetings,
            CounterpartExport exports,
            CounterpartImportService imports,
            BackgroundWork background,
            Clock clock) {
        this.clock = clock;
        this.counterparts = counterparts;
        this.meetings = meetings;
        List<CountryRef> countries = reference.countries();
        countriesById = countries.stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
        desk = currentUser.desk();
        manager = !desk.deskOnly();
        editableCountries = desk.countriesIn(countries, CountryRef::id);
        addClassNames("page", "counterparts-view");

        search.setPlaceholder(getTranslation("counterpart.list.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("counterpart-search");
        country.setItems(countries);
        country.setItemLabelGenerator(CountryNames::of);
        country.setPlaceholder(getTranslation("counterpart.list.anyCountry"));
        country.setClearButtonVisible(true);
        level.setLabel(getTranslation("counterpart.list.level"));
        level.setItems(CounterpartLevel.values());
        level.setItemLabelGenerator(
                value -> value == null ? getTranslation("counterpart.list.anyLevel") : CounterpartLabels.level(value));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("counterpart.list.anyLevel"));
        search.addValueChangeListener(event -> refresh());
        country.addValueChangeListener(event -> refresh());
        level.addValueChangeListener(event -> refresh());

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> openForm(null));
        create.setVisible(!editableCountries.isEmpty());

        var filters = new Div(search, country, level);
        filters.addClassName("filters");
        // On a phone the search stays in view; the country and level fold behind "Filters (N)".
        fold = new FilterFold(filters, country, level);
        filters.addComponentAtIndex(1, fold.toggle());
        importFile.setVisible(!editableCountries.isEmpty());
        importFile.addClickListener(event -> new CounterpartImportDialog(
                        imports,
                        background,
                        manager ? null : getTranslation("counterpart.list.import.deskOnly"),
                        this::refresh)
                .open());
        duplicates.setVisible(currentUser.hasRole(Role.MANAGER));
        duplicates.addClickListener(
                event -> new DuplicatesDialog(counterparts, this::countryName, meetings, this::refresh).open());
        var buttons = new Div(duplicates, importFile, create);
        buttons.addClassName("list-actions");
        var toolbar = new Div(filters, buttons);
        toolbar.addClassName("toolbar");
        total.addClassName("result-count");
        total.getElement().setAttribute("aria-live", "polite");
        var export = new ExportButtons("counterparts", getTranslation("counterpart.list.export"), () -> {
            CounterpartFilter shown = filter();
            return (format, out, progress) -> exports.counterparts(shown, format, out, progress);
        });
        var summary = new Div(total, export);
        summary.addClassName("list-toolbar");

        configureGrid();
        add(toolbar, summary, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("counterpart-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("counterpart.list.title"));
        grid.addColumn(CounterpartRef::name)
                .setKey("name")
                .setHeader(getTranslation("counterpart.list.name"))
                .setSortProperty("name")
                .setFlexGrow(2);
        grid.addColumn(CounterpartRef::title)
                .setKey("title")
                .setHeader(getTranslation("counterpart.list.jobTitle"))
                .setSortProperty("title")
                .setFlexGrow(2)
                .setTooltipGenerator(CounterpartRef::title);
        grid.addColumn(CounterpartRef::organization)
                .setKey("organization")
                .setHeader(getTranslation("counterpart.list.organization"))
                .setSortProperty("organization")
                .setFlexGrow(2)
                .setTooltipGenerator(CounterpartRef::organization);
        grid.addColumn(c -> countryName(c.countryId()))
                .setKey("country")
                .setHeader(getTranslation("counterpart.list.country"))
                .setFlexGrow(1);
        grid.addColumn(c -> CounterpartLabels.level(c.level()))
                .setKey("level")
                .setHeader(getTranslation("counterpart.list.level"))
                .setSortProperty("level")
                .setFlexGrow(1);
        // On a phone: one card per counterpart.
        NarrowCards.install(
                        grid,
                        LitRenderer.<CounterpartRef>of("""
                                        <div class="row-card">
                                          <div class="card-line"><span class="card-title">${item.name}</span>\
                                        <span class="card-date">${item.country}</span></div>
                                          <div class="card-text">${item.title}</div>
                                          <div class="card-meta">${item.organization}</div>
                                          <div class="card-meta">${item.level}</div>
                                        </div>""")
                                .withProperty("name", CounterpartRef::name)
                                .withProperty("country", c -> countryName(c.countryId()))
                                .withProperty("title", CounterpartRef::title)
                                .withProperty("organization", CounterpartRef::organization)
                                .withProperty("level", c -> CounterpartLabels.level(c.level())),
                        getTranslation("counterpart.list.title"))
                .column()
                .setSortProperty("name");
        grid.setEmptyStateText(getTranslation("counterpart.list.empty"));
        grid.setItemsPageable(
                pageable -> counterparts.search(filter(), byName(pageable)).getContent(),
                pageable -> counterparts.count(filter()));
        grid.addSelectionListener(event -> event.getFirstSelectedItem().ifPresent(this::openDetails));
    }

    CounterpartFilter filter() {
        return new CounterpartFilter(
                search.getValue(),
                country.getValue() == null ? null : country.getValue().id(),
                level.getValue());
    }

    /** Sorted as the user asked, by name otherwise; the id keeps pages stable among equal names. */
    private static Pageable byName(Pageable pageable) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("name");
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
    }

    private void refresh() {
        fold.setActiveCount((country.getValue() == null ? 0 : 1) + (level.getValue() == null ? 0 : 1));
        grid.getDataProvider().refreshAll();
        long count = counterparts.count(filter());
        total.setText(
                count == 1
                        ? getTranslation("counterpart.list.count.one")
                        : getTranslation("counterpart.list.count.other", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counterpart.list.title") + " | Outreach Tracker";
    }

    private String countryName(long countryId) {
        CountryRef ref = countriesById.get(countryId);
        return ref == null ? "" : ref.name();
    }

    private boolean mayEdit(CounterpartRef counterpart) {
        return desk.covers(counterpart.countryId());
    }

    private void openDetails(CounterpartRef counterpart) {
        var details = new CounterpartDetailsDialog(
                counterpart, this::countryName, mayEdit(counterpart), meetings.listFor(counterpart.id()));
        details.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                grid.deselectAll();
            }
        });
        details.edit.addClickListener(
                event -> openForm(details.current(), saved -> details.show(saved, this::countryName)));
        details.delete.addClickListener(event -> {
            CounterpartRef chosen = details.current();
            var confirm = new ConfirmDialog(
                    getTranslation("counterpart.delete.header", chosen.name()),
                    getTranslation("counterpart.delete.text"),
                    getTranslation("counterpart.delete.confirm"),
                    confirmed -> {
                        if (Saving.run(() -> counterparts.delete(chosen.id(), chosen.version()))) {
                            Notifications.success(getTranslation("counterpart.delete.done", chosen.name()));
                            details.close();
                            refresh();
                        }
                    },
                    getTranslation("counterpart.delete.cancel"),
                    cancelled -> {});
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        details.open();
    }

    private void openForm(CounterpartRef existing) {
        openForm(existing, saved -> {});
    }

    private void openForm(CounterpartRef existing, Consumer<CounterpartRef> afterSave) {
        String help = manager ? null : getTranslation("counterpart.form.country.deskHelp");
        new CounterpartDialog(counterparts, editableCountries, help, existing, LocalDate.now(clock), saved -> {
                    refresh();
                    afterSave.accept(saved);
                })
                .open();
    }
}
