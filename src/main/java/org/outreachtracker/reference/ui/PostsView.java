package org.outreachtracker.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostDetails;
import org.outreachtracker.reference.PostFilter;
import org.outreachtracker.reference.PostSummary;
import org.outreachtracker.reference.PostType;
import org.outreachtracker.reference.ReferenceAdminService;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The administrator's list of posts: search by code, name, city or host country, narrow by
 * type, add a post or open one to change it (closing a post is a change: posts are never
 * deleted, as meetings refer to them).
 */
@Route("admin/posts")
@Menu(order = 91, icon = "vaadin:building", title = "Posts")
@RolesAllowed(Roles.ADMIN)
public class PostsView extends Main implements HasDynamicTitle {

    final TextField search = new TextField(getTranslation("reference.posts.search"));
    final Select<PostType> type = new Select<>();
    final Span total = new Span();
    final Button create = new Button(getTranslation("reference.posts.new"), VaadinIcon.PLUS.create());
    final Grid<PostSummary> grid = new Grid<>();

    private final ReferenceAdminService admin;
    private final List<BureauRef> bureaus;
    private final List<CountryRef> countries;

    PostsView(ReferenceAdminService admin, ReferenceService reference) {
        this.admin = admin;
        this.bureaus = reference.bureaus();
        this.countries = reference.countries();
        addClassNames("page", "reference-admin-view");

        search.setPlaceholder(getTranslation("reference.posts.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("reference-search");
        type.setLabel(getTranslation("reference.posts.type"));
        type.setItems(PostType.values());
        type.setItemLabelGenerator(
                value -> value == null ? getTranslation("reference.posts.type.any") : ReferenceLabels.postType(value));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("reference.posts.type.any"));
        search.addValueChangeListener(event -> refresh());
        type.addValueChangeListener(event -> refresh());

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> openForm(null));

        var filters = new Div(search, type);
        filters.addClassName("filters");
        var toolbar = new Div(filters, create);
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
        grid.setAriaLabel(getTranslation("reference.posts.title"));
        grid.addColumn(PostSummary::code)
                .setKey("code")
                .setHeader(getTranslation("reference.posts.code"))
                .setSortProperty("code")
                .setWidth("10rem")
                .setFlexGrow(0)
                .setPartNameGenerator(p -> "code-cell")
                .setTooltipGenerator(PostSummary::code);
        grid.addColumn(PostSummary::name)
                .setKey("name")
                .setHeader(getTranslation("reference.posts.name"))
                .setSortProperty("name")
                .setFlexGrow(4)
                .setTooltipGenerator(PostSummary::name);
        grid.addColumn(p -> ReferenceLabels.postType(p.type()))
                .setKey("type")
                .setHeader(getTranslation("reference.posts.type"))
                .setSortProperty("type")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(PostSummary::city)
                .setKey("city")
                .setHeader(getTranslation("reference.posts.city"))
                .setSortProperty("city")
                .setFlexGrow(1);
        grid.addColumn(PostSummary::hostCountryName)
                .setKey("host")
                .setHeader(getTranslation("reference.posts.host"))
                .setSortProperty("hostCountry.name")
                .setFlexGrow(2)
                .setTooltipGenerator(PostSummary::hostCountryName);
        grid.addColumn(PostSummary::coveredCount)
                .setKey("covered")
                .setHeader(getTranslation("reference.posts.countries"))
                .setWidth("7rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> getTranslation(p.active() ? "reference.posts.open" : "reference.posts.closed"))
                .setKey("status")
                .setHeader(getTranslation("reference.posts.status"))
                .setSortProperty("active")
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.setPartNameGenerator(p -> p.active() ? null : "closed");
        grid.setEmptyStateText(getTranslation("reference.posts.empty"));
        grid.setItemsPageable(
                pageable -> admin.searchPosts(filter(), byName(pageable)), pageable -> admin.countPosts(filter()));
        grid.addSelectionListener(event -> event.getFirstSelectedItem().ifPresent(this::edit));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reference.posts.title");
    }

    PostFilter filter() {
        return new PostFilter(search.getValue(), type.getValue());
    }

    /** Sorted as the administrator asked, by name otherwise; the id keeps pages stable. */
    private static Pageable byName(Pageable pageable) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("name");
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long count = admin.countPosts(filter());
        total.setText(getTranslation(count == 0 ? "reference.posts.none" : "reference.posts.count", count));
    }

    private void edit(PostSummary row) {
        grid.deselectAll();
        admin.post(row.id()).ifPresentOrElse(this::openForm, () -> {
            Notifications.error(getTranslation("reference.posts.gone"));
            refresh();
        });
    }

    private void openForm(PostDetails existing) {
        new PostDialog(admin, bureaus, countries, existing, saved -> refresh()).open();
    }
}
