package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.DateFields;
import org.outreachtracker.base.ui.FilterFold;
import org.outreachtracker.base.ui.RouteValues;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.coverage.CoverageFilter;
import org.outreachtracker.reference.BureauRef;

/**
 * The filters of the coverage map, and their form in the address bar: {@code campaign} (id),
 * {@code bureau} (code), {@code from} and {@code to} (ISO dates of the meetings counted) and
 * {@code colour} ({@code tasking} to colour the map by tasking state; by response otherwise). A
 * value that is missing, malformed or no longer fits (a campaign that is gone, dates the wrong
 * way round) leaves that filter at its default: the newest active campaign, all bureaus, all
 * dates, by response.
 */
class CoverageFilterBar extends Composite<Div> {

    static final String BY_RESPONSE = "Response";
    static final String BY_TASKING = "Tasking state";
    static final String TASKING = "tasking";

    final ComboBox<CampaignSummary> campaign = new ComboBox<>(getTranslation("coverage.filters.campaign"));
    final Select<BureauRef> bureau = new Select<>();
    final DatePicker from = DateFields.configure(new DatePicker(getTranslation("coverage.filters.from")));
    final DatePicker to = DateFields.configure(new DatePicker(getTranslation("coverage.filters.to")));
    /** What colours the map: each country's latest response, or its post's tasking state. */
    final RadioButtonGroup<String> colourBy = new RadioButtonGroup<>(getTranslation("coverage.filters.colourBy"));

    private final List<CampaignSummary> campaigns;
    private final List<BureauRef> bureaus;
    private boolean updating;

    CoverageFilterBar(List<CampaignSummary> campaigns, List<BureauRef> bureaus) {
        this.campaigns = campaigns;
        this.bureaus = bureaus;
        DateFields.range(from, to);
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(CampaignSummary::title);
        bureau.setLabel(getTranslation("coverage.filters.bureau"));
        bureau.setItems(bureaus);
        bureau.setItemLabelGenerator(
                bureau -> bureau == null ? getTranslation("coverage.filters.allBureaus") : bureau.name());
        bureau.setEmptySelectionAllowed(true);
        bureau.setEmptySelectionCaption(getTranslation("coverage.filters.allBureaus"));
        colourBy.setItems(BY_RESPONSE, BY_TASKING);
        colourBy.setItemLabelGenerator(choice -> getTranslation(
                BY_TASKING.equals(choice) ? "coverage.filters.byTasking" : "coverage.filters.byResponse"));
        colourBy.setValue(BY_RESPONSE);
        colourBy.addClassName("colour-by");
        getContent().addClassName("coverage-filters");
        // On a phone all but the campaign fold behind a "Filters (N)" button.
        var fold = new FilterFold(getContent(), bureau, from, to, colourBy);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(bureau, from, to, colourBy)) {
            field.addValueChangeListener(event -> fold.setActiveCount((bureau.getValue() == null ? 0 : 1)
                    + (from.getValue() == null ? 0 : 1)
                    + (to.getValue() == null ? 0 : 1)
                    + (byTasking() ? 1 : 0)));
        }
        getContent().add(campaign, fold.toggle(), bureau, from, to, colourBy);
    }

    /**
     * Tells the listener of each change of a filter, and whether the person made it (rather than
     * the page); not of the changes made when the filters are set from an address.
     */
    void onChange(Consumer<Boolean> listener) {
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(campaign, bureau, from, to, colourBy)) {
            field.addValueChangeListener(event -> {
                if (!updating) {
                    listener.accept(event.isFromClient());
                }
            });
        }
    }

    CoverageFilter dates() {
        return new CoverageFilter(from.getValue(), to.getValue());
    }

    boolean byTasking() {
        return BY_TASKING.equals(colourBy.getValue());
    }

    QueryParameters toQueryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (campaign.getValue() != null) {
            parameters.put("campaign", String.valueOf(campaign.getValue().id()));
        }
        if (bureau.getValue() != null) {
            parameters.put("bureau", bureau.getValue().code());
        }
        if (from.getValue() != null) {
            parameters.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            parameters.put("to", to.getValue().toString());
        }
        if (byTasking()) {
            parameters.put("colour", TASKING);
        }
        return QueryParameters.simple(parameters);
    }

    /** Sets every filter from an address (or a kept choice), each to its default where the address has nothing usable. */
    void setFromQueryParameters(QueryParameters parameters) {
        updating = true;
        try {
            campaign.setValue(RouteValues.single(parameters, "campaign")
                    .flatMap(RouteValues::id)
                    .flatMap(id -> campaigns.stream().filter(c -> c.id() == id).findFirst())
                    .orElseGet(this::defaultCampaign));
            bureau.setValue(RouteValues.single(parameters, "bureau")
                    .flatMap(code -> bureaus.stream()
                            .filter(b -> b.code().equalsIgnoreCase(code))
                            .findFirst())
                    .orElse(null));
            Optional<LocalDate> start = RouteValues.single(parameters, "from").flatMap(RouteValues::date);
            Optional<LocalDate> end = RouteValues.single(parameters, "to").flatMap(RouteValues::date);
            boolean inOrder = start.isEmpty() || end.isEmpty() || !start.get().isAfter(end.get());
            from.clear();
            to.clear();
            if (inOrder) {
                from.setValue(start.orElse(null));
                to.setValue(end.orElse(null));
            }
            colourBy.setValue(
                    RouteValues.single(parameters, "colour")
                                    .filter(TASKING::equalsIgnoreCase)
                                    .isPresent()
                            ? BY_TASKING
                            : BY_RESPONSE);
        } finally {
            updating = false;
        }
    }

    /** The newest active campaign, or the newest of all when none is active. */
    private CampaignSummary defaultCampaign() {
        return campaigns.stream()
                .filter(c -> c.status() == CampaignStatus.ACTIVE)
                .findFirst()
                .orElse(campaigns.isEmpty() ? null : campaigns.getFirst());
    }
}
