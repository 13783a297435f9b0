package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.Role;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.NarrowCards;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Every campaign, newest first; a row opens the campaign. Managers start new campaigns here. */
@Route("campaigns")
@Menu(order = 30, icon = "vaadin:flag", title = "Campaigns")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class CampaignsView extends Main implements HasDynamicTitle {

    final Grid<CampaignSummary> grid = new Grid<>();
    private CampaignSummary focused;

    CampaignsView(CampaignService campaigns, CurrentUser currentUser, Clock clock) {
        addClassNames("page", "campaigns-page");

        if (currentUser.hasRole(Role.MANAGER)) {
            var create = new Button(
                    getTranslation("campaign.list.new"),
                    VaadinIcon.PLUS.create(),
                    event -> new NewCampaignDialog(campaigns, LocalDate.now(clock), this::open).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var toolbar = new Div(create);
            toolbar.addClassName("toolbar");
            add(toolbar);
        }

        var title = grid.addColumn(CampaignSummary::title)
                .setHeader(getTranslation("campaign.list.column.title"))
                .setKey("title")
                .setSortProperty("title")
                .setFlexGrow(3)
                .setAutoWidth(false);
        grid.addColumn(CampaignSummary::cableReference)
                .setHeader(getTranslation("campaign.list.column.reference"))
                .setKey("cableReference")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(CampaignsView::statusBadge)
                .setHeader(getTranslation("campaign.list.column.status"))
                .setKey("status")
                .setSortProperty("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var issued = grid.addColumn(c -> Formats.date(c.issueDate()))
                .setHeader(getTranslation("campaign.list.column.issued"))
                .setKey("issueDate")
                .setSortProperty("issueDate")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> Formats.date(c.deadline()))
                .setHeader(getTranslation("campaign.list.column.deadline"))
                .setKey("deadline")
                .setSortProperty("deadline")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // On a phone: one card per campaign.
        NarrowCards.install(
                grid,
                LitRenderer.<CampaignSummary>of("""
                                <div class="row-card">
                                  <div class="card-line"><span class="card-title">${item.title}</span>\
                                <span class="card-date">${item.status}</span></div>
                                  <div class="card-meta">${item.reference}</div>
                                  <div class="card-meta">${item.dates}</div>
                                </div>""")
                        .withProperty("title", CampaignSummary::title)
                        .withProperty("status", c -> Translations.label(c.status()))
                        .withProperty("reference", CampaignSummary::cableReference)
                        .withProperty(
                                "dates",
                                c -> getTranslation(
                                        "campaign.list.card.dates",
                                        Formats.date(c.issueDate()),
                                        Formats.date(c.deadline()))),
                getTranslation("campaign.list.title"));
        title.setTooltipGenerator(CampaignSummary::title);
        grid.setMultiSort(false);
        grid.setItemsPageable(
                pageable -> campaigns.campaigns(withTieBreak(pageable)).getContent());
        grid.sort(List.of(new GridSortOrder<>(issued, SortDirection.DESCENDING)));
        grid.setEmptyStateText(getTranslation("campaign.list.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("campaign.list.aria"));
        grid.addClassName("campaigns-grid");
        grid.addItemClickListener(event -> open(event.getItem().id()));
        grid.addCellFocusListener(event -> focused = event.getItem().orElse(null));
        grid.getElement()
                .addEventListener("keydown", event -> {
                    if (focused != null) {
                        open(focused.id());
                    }
                })
                .setFilter("event.key === 'Enter'");
        grid.setSizeFull();
        add(grid);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(CampaignView.class, CampaignView.parameters(id)));
    }

    /** Equal dates or titles still page in a stable order. */
    private static Pageable withTieBreak(Pageable pageable) {
        return PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                pageable.getSort().and(Sort.by(Sort.Direction.DESC, "id")));
    }

    static Span statusBadge(CampaignSummary campaign) {
        return StatusBadge.of(campaign.status());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.list.title") + " | Outreach Tracker";
    }
}
