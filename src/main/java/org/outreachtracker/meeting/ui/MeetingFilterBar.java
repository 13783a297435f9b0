package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.outreachtracker.base.ui.DateFields;
import org.outreachtracker.base.ui.FilterFold;
import org.outreachtracker.base.ui.RouteValues;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.ui.CountryNames;

/**
 * The filters of the meetings list, and their form in the address bar: {@code campaign} (id),
 * {@code bureau}, {@code country} and {@code post} (codes), {@code response} (a response or
 * {@code PENDING}), {@code from} and {@code to} (ISO dates), {@code q} (free text), and {@code point}
 * and {@code reaction} (a talking point raised, and the reaction to it). A filtered
 * list can thus be bookmarked and shared; unknown or malformed values are ignored.
 */
class MeetingFilterBar extends Composite<Div> {

    static final String PENDING = "PENDING";

    private final ComboBox<CampaignSummary> campaign = new ComboBox<>(getTranslation("meeting.list.campaign"));
    private final Select<BureauRef> bureau = new Select<>();
    private final ComboBox<CountryRef> country = new ComboBox<>(getTranslation("meeting.list.country"));
    private final ComboBox<PostRef> post = new ComboBox<>(getTranslation("meeting.list.post"));
    private final Select<String> response = new Select<>();
    private final DatePicker from = DateFields.configure(new DatePicker(getTranslation("meeting.filter.from")));
    private final DatePicker to = DateFields.configure(new DatePicker(getTranslation("meeting.filter.to")));
    private final TextField text = new TextField(getTranslation("meeting.filter.search"));
    private final Button clear = new Button(getTranslation("meeting.filter.clear"), VaadinIcon.CLOSE_SMALL.create());
    private final Span pointFilter = new Span();
    private final Button clearPoint = new Button(VaadinIcon.CLOSE_SMALL.create());
    private final Div pointChip = new Div(pointFilter, clearPoint);
    private final CampaignService campaigns;
    /** On a phone the filters are folded behind a button. */
    private final FilterFold fold =
            new FilterFold(getContent(), campaign, bureau, country, post, response, from, to, text, clear);

    private Long pointId;
    private Reaction reaction;

    private final List<CountryRef> countries;
    private final Map<Long, BureauRef> bureausById = new LinkedHashMap<>();
    private boolean updating;
    private Runnable onChange = () -> {};

    MeetingFilterBar(CampaignService campaigns, ReferenceService reference) {
        this.campaigns = campaigns;
        DateFields.range(from, to);
        countries = reference.countries();
        reference.bureaus().forEach(bureau -> bureausById.put(bureau.id(), bureau));

        campaign.setItems(campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class)));
        campaign.setItemLabelGenerator(CampaignSummary::title);
        campaign.setClearButtonVisible(true);

        bureau.setLabel(getTranslation("meeting.filter.bureau"));
        bureau.setItems(List.copyOf(bureausById.values()));
        bureau.setItemLabelGenerator(
                bureau -> bureau == null ? getTranslation("meeting.filter.allBureaus") : bureau.name());
        bureau.setEmptySelectionAllowed(true);
        bureau.setEmptySelectionCaption(getTranslation("meeting.filter.allBureaus"));

        country.setItems(countries);
        country.setItemLabelGenerator(CountryNames::of);
        country.setClearButtonVisible(true);

        post.setItems(reference.posts());
        post.setItemLabelGenerator(PostRef::name);
        post.setClearButtonVisible(true);

        response.setLabel(getTranslation("meeting.list.response"));
        List<String> responses = new java.util.ArrayList<>();
        for (OverallResponse value : OverallResponse.values()) {
            responses.add(value.name());
        }
        responses.add(PENDING);
        response.setItems(responses);
        response.setEmptySelectionAllowed(true);
        response.setEmptySelectionCaption(getTranslation("meeting.filter.anyResponse"));
        response.setItemLabelGenerator(value -> value == null
                ? getTranslation("meeting.filter.anyResponse")
                : PENDING.equals(value)
                        ? getTranslation("meeting.response.pending")
                        : Translations.label(OverallResponse.valueOf(value)));

        text.setPlaceholder(getTranslation("meeting.filter.search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);

        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(event -> clearAll());

        bureau.addValueChangeListener(event -> {
            if (!updating) {
                narrowCountriesToBureau();
            }
        });
        for (HasValue<?, ?> field :
                List.<HasValue<?, ?>>of(campaign, bureau, country, post, response, from, to, text)) {
            field.addValueChangeListener(event -> {
                if (!updating) {
                    onChange.run();
                }
            });
        }
        // The talking point × reaction condition comes from the dashboard's matrix; it has no field
        // of its own, only this removable chip.
        pointChip.addClassName("filter-chip");
        pointChip.setVisible(false);
        clearPoint.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        clearPoint.setAriaLabel(getTranslation("meeting.filter.removePoint"));
        clearPoint.addClickListener(event -> {
            setPoint(null, null);
            onChange.run();
        });
        getContent().addClassName("meeting-filters");
        getContent().add(fold.toggle(), campaign, bureau, country, post, response, from, to, text, clear, pointChip);
    }

    /** Shows on the phone's "Filters (N)" button how many filters are in force. */
    void showActiveCount() {
        // The talking point and its reaction are one condition.
        fold.setActiveCount((int) toQueryParameters().getParameters().keySet().stream()
                .filter(name -> !name.equals("reaction"))
                .count());
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    MeetingFilter filter() {
        String chosenResponse = response.getValue();
        OverallResponse overall = chosenResponse == null || PENDING.equals(chosenResponse)
                ? null
                : OverallResponse.valueOf(chosenResponse);
        return new MeetingFilter(
                        id(campaign.getValue(), CampaignSummary::id),
                        id(bureau.getValue(), BureauRef::id),
                        id(country.getValue(), CountryRef::id),
                        id(post.getValue(), PostRef::id),
                        overall,
                        PENDING.equals(chosenResponse),
                        from.getValue(),
                        to.getValue(),
                        text.getValue(),
                        null,
                        null)
                .withPointReaction(pointId, pointId == null ? null : reaction);
    }

    QueryParameters toQueryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "campaign", campaign.getValue(), c -> String.valueOf(c.id()));
        put(parameters, "bureau", bureau.getValue(), BureauRef::code);
        put(parameters, "country", country.getValue(), CountryRef::code);
        put(parameters, "post", post.getValue(), PostRef::code);
        put(parameters, "response", response.getValue(), Function.identity());
        put(parameters, "from", from.getValue(), LocalDate::toString);
        put(parameters, "to", to.getValue(), LocalDate::toString);
        put(parameters, "q", text.getValue().isBlank() ? null : text.getValue().strip(), Function.identity());
        put(parameters, "point", pointId, String::valueOf);
        put(parameters, "reaction", pointId == null ? null : reaction, Reaction::name);
        return QueryParameters.simple(parameters);
    }

    /** Sets every filter from the address bar, without firing a change per field. */
    void setFromQueryParameters(QueryParameters parameters) {
        updating = true;
        try {
            campaign.setValue(first(parameters, "campaign")
                    .flatMap(RouteValues::id)
                    .flatMap(id -> campaign.getListDataView()
                            .getItems()
                            .filter(c -> c.id() == id)
                            .findFirst())
                    .orElse(null));
            bureau.setValue(first(parameters, "bureau")
                    .flatMap(code -> bureausById.values().stream()
                            .filter(r -> r.code().equalsIgnoreCase(code))
                            .findFirst())
                    .orElse(null));
            narrowCountriesToBureau();
            country.setValue(first(parameters, "country")
                    .flatMap(code -> countries.stream()
                            .filter(c -> c.code().equalsIgnoreCase(code))
                            .findFirst())
                    .orElse(null));
            post.setValue(first(parameters, "post")
                    .flatMap(code -> post.getListDataView()
                            .getItems()
                            .filter(p -> p.code().equalsIgnoreCase(code))
                            .findFirst())
                    .orElse(null));
            response.setValue(first(parameters, "response")
                    .map(String::toUpperCase)
                    .filter(value -> response.getListDataView().getItems().anyMatch(value::equals))
                    .orElse(null));
            from.setValue(first(parameters, "from")
                    .flatMap(MeetingFilterBar::parseDate)
                    .orElse(null));
            to.setValue(
                    first(parameters, "to").flatMap(MeetingFilterBar::parseDate).orElse(null));
            text.setValue(first(parameters, "q").orElse(""));
            setPoint(
                    first(parameters, "point").flatMap(RouteValues::id).orElse(null),
                    first(parameters, "reaction")
                            .flatMap(MeetingFilterBar::parseReaction)
                            .orElse(null));
        } finally {
            updating = false;
        }
    }

    private void clearAll() {
        updating = true;
        try {
            campaign.clear();
            bureau.clear();
            narrowCountriesToBureau();
            country.clear();
            post.clear();
            response.clear();
            from.clear();
            to.clear();
            text.clear();
            setPoint(null, null);
        } finally {
            updating = false;
        }
        onChange.run();
    }

    private void setPoint(Long newPointId, Reaction newReaction) {
        pointId = newPointId;
        reaction = newReaction;
        pointChip.setVisible(pointId != null);
        if (pointId == null) {
            return;
        }
        String label = campaign.getValue() == null
                ? null
                : campaigns
                        .campaign(campaign.getValue().id())
                        .flatMap(c -> c.pointName(pointId))
                        .orElse(null);
        String point = label == null ? "#" + pointId : label;
        pointFilter.setText(
                reaction == null
                        ? getTranslation("meeting.filter.point", point)
                        : getTranslation("meeting.filter.pointReaction", point, Translations.label(reaction)));
    }

    private static Optional<Reaction> parseReaction(String value) {
        try {
            return Optional.of(Reaction.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void narrowCountriesToBureau() {
        BureauRef selected = bureau.getValue();
        CountryRef chosen = country.getValue();
        List<CountryRef> items = selected == null
                ? countries
                : countries.stream().filter(c -> c.bureauId() == selected.id()).toList();
        country.setItems(items);
        if (chosen != null && items.contains(chosen)) {
            country.setValue(chosen);
        }
    }

    private static <T> Long id(T value, java.util.function.ToLongFunction<T> id) {
        return value == null ? null : id.applyAsLong(value);
    }

    private static <T> void put(Map<String, String> parameters, String name, T value, Function<T, String> format) {
        if (value != null) {
            parameters.put(name, format.apply(value));
        }
    }

    private static Optional<String> first(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
