package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.outreachtracker.base.ui.Corrections;
import org.outreachtracker.base.ui.DateFields;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.HiddenCharacterWarning;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.followup.CommitmentDraft;
import org.outreachtracker.meeting.DeliveredPoint;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ui.CountryNames;

/**
 * The meeting form: campaign, country (with the posts covering it offered first), post,
 * counterparts (pick or add), date, format, who delivered it, the campaign's points with a
 * reaction each, overall response, summary, handling marking and new follow-ups. It validates
 * what it can next to each field; the service checks everything again on save. Its whole state,
 * complete or not, can be taken and put back ({@link #state()}, {@link #restore}) to keep an
 * unsaved draft.
 */
class MeetingForm extends Composite<Div> {

    static final int SUMMARY_MAX = 10_000;
    static final int QUOTE_MAX = 2000;
    /** The titles of those who usually deliver points, offered in the "Delivered by" field. */
    static final List<String> USUAL_DELIVERERS = List.of(
            "meeting.form.deliverer.ambassador",
            "meeting.form.deliverer.charge",
            "meeting.form.deliverer.deputy",
            "meeting.form.deliverer.political",
            "meeting.form.deliverer.economic",
            "meeting.form.deliverer.officer");

    /** The values of the simple fields, written by the binder. */
    static final class Bean {
        CampaignSummary campaign;
        CountryRef country;
        PostRef post;
        Set<CounterpartRef> counterparts = new HashSet<>();
        LocalDate meetingDate;
        MeetingFormat format = MeetingFormat.IN_PERSON;
        String deliveredBy;
        OverallResponse overallResponse;
        String summary = "";
        String responseQuote = "";
        String handlingMarking;
    }

    final ComboBox<CampaignSummary> campaign = new ComboBox<>(getTranslation("meeting.form.campaign"));
    final ComboBox<CountryRef> country = new ComboBox<>(getTranslation("meeting.form.country"));
    final ComboBox<PostRef> post = new ComboBox<>(getTranslation("meeting.form.post"));
    final CounterpartsPicker people;
    final MultiSelectComboBox<CounterpartRef> counterparts;
    final Button newCounterpart;
    final DatePicker meetingDate = DateFields.configure(new DatePicker(getTranslation("meeting.form.date")));
    final Select<MeetingFormat> format = new Select<>();
    final ComboBox<String> deliveredBy = new ComboBox<>(getTranslation("meeting.form.deliveredBy"));
    final TalkingPointsField points = new TalkingPointsField();
    /** Which version of the campaign's points was delivered; offered once headquarters has revised them. */
    final Select<Integer> pointsVersion = new Select<>();

    final ObjectionsField objections = new ObjectionsField();
    final JointDeliveryField joint = new JointDeliveryField();
    final Select<OverallResponse> overallResponse = new Select<>();
    final TextArea summary = new TextArea(getTranslation("meeting.form.summary"));
    final TextArea responseQuote = new TextArea(getTranslation("meeting.form.quote"));
    final Select<String> handlingMarking = new Select<>();
    final RecentApproachWarning warning;
    final FollowUpRows followUps;
    /** What the host government committed to at this meeting (new ones; earlier ones are listed by the view). */
    final FollowUpRows commitments;

    final DocumentsLeftField documentsLeft;
    /** Says why a country asked for (?country=BR) is not offered. */
    final DeskNotice notOnDesk;

    private final MeetingFormContext context;
    private final Binder<Bean> binder = new Binder<>();
    private Long meetingId;
    private Long meetingVersion;
    private List<DeliveredPoint> delivered = List.of();
    private Long deliveredCampaignId;
    private int deliveredPointsVersion = 1;
    private Runnable onChange = () -> {};
    /** While the form fills itself in, its changes are not the user's. */
    private boolean reading;

    MeetingForm(MeetingFormContext context) {
        this.context = context;
        this.notOnDesk = new DeskNotice(context);
        this.people = new CounterpartsPicker(context.counterpartService());
        this.counterparts = people.box;
        this.newCounterpart = people.add;
        this.warning = new RecentApproachWarning(context.recentApproachDays());
        this.followUps = new FollowUpRows(context::owners, context.me(), context.today());
        this.commitments = new FollowUpRows(context::owners, context.me(), context.today(), FollowUpRows.COMMITMENTS);
        this.documentsLeft = new DocumentsLeftField(context.attachments());
        configureFields();
        bind();
        layout();
        binder.addValueChangeListener(event -> changed());
        points.onChange(this::changed);
        followUps.onChange(this::changed);
        commitments.onChange(this::changed);
    }

    /** Called whenever the user changes anything in the form. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    private void changed() {
        if (!reading) {
            onChange.run();
        }
    }

    private void configureFields() {
        campaign.setItemLabelGenerator(CampaignSummary::title);
        country.setItems(context.countries());
        country.setItemLabelGenerator(CountryNames::of);
        country.setHelperText(notOnDesk.help());
        post.setItemLabelGenerator(PostRef::name);
        DateFields.notAfter(meetingDate, context.today(), getTranslation("meeting.form.future"));
        format.setLabel(getTranslation("meeting.form.format"));
        format.setItems(MeetingFormat.values());
        format.setItemLabelGenerator(Translations::label);
        deliveredBy.setItems(
                USUAL_DELIVERERS.stream().map(key -> getTranslation(key)).toList());
        deliveredBy.setAllowCustomValue(true);
        deliveredBy.addCustomValueSetListener(event -> deliveredBy.setValue(event.getDetail()));
        deliveredBy.setHelperText(getTranslation("meeting.form.deliveredBy.helper"));
        overallResponse.setLabel(getTranslation("meeting.form.response"));
        overallResponse.setItems(OverallResponse.values());
        overallResponse.setEmptySelectionAllowed(true);
        overallResponse.setEmptySelectionCaption(getTranslation("meeting.response.pending"));
        overallResponse.setItemLabelGenerator(
                r -> r == null ? getTranslation("meeting.response.pending") : Translations.label(r));
        summary.setMinHeight("8rem");
        List.of(summary, responseQuote).forEach(HiddenCharacterWarning::watch);
        handlingMarking.setLabel(getTranslation("meeting.form.marking"));
        handlingMarking.setItems(context.handlingMarkings());

        pointsVersion.setId("points-version");
        pointsVersion.setLabel(getTranslation("meeting.form.pointsVersion"));
        pointsVersion.setHelperText(getTranslation("meeting.form.pointsVersion.helper"));
        pointsVersion.setVisible(false);
        pointsVersion.setWidth("24em");
        pointsVersion.setMaxWidth("100%");
        pointsVersion.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                showPoints(campaign.getValue(), event.getValue());
            }
        });
        campaign.addValueChangeListener(event -> {
            if (event.isFromClient() || event.getValue() != null) {
                loadPoints(event.getValue());
            }
            LocalDate issued =
                    event.getValue() == null ? null : event.getValue().issueDate();
            DateFields.notBefore(meetingDate, issued, getTranslation("meeting.form.beforeCampaign"));
        });
        country.addValueChangeListener(event -> countryChanged(event.getValue(), event.isFromClient()));
        counterparts.addValueChangeListener(event -> checkRecentApproaches());
        meetingDate.addValueChangeListener(event -> checkRecentApproaches());
    }

    private void bind() {
        binder.forField(campaign)
                .asRequired(getTranslation("meeting.form.campaign.required"))
                .bind(b -> b.campaign, (b, v) -> b.campaign = v);
        binder.forField(country)
                .asRequired(getTranslation("meeting.form.country.required"))
                .bind(b -> b.country, (b, v) -> b.country = v);
        binder.forField(post)
                .asRequired(getTranslation("meeting.form.post.required"))
                .bind(b -> b.post, (b, v) -> b.post = v);
        binder.forField(counterparts)
                .asRequired(getTranslation("meeting.form.counterparts.required"))
                .bind(b -> b.counterparts, (b, v) -> b.counterparts = new HashSet<>(v));
        binder.forField(meetingDate)
                .asRequired(getTranslation("meeting.form.date.required"))
                .withValidator(
                        date -> !date.isAfter(context.today()),
                        getTranslation("meeting.form.future") + " "
                                + getTranslation("base.date.latest", Formats.date(context.today())))
                .bind(b -> b.meetingDate, (b, v) -> b.meetingDate = v);
        binder.forField(format)
                .withValidator(Objects::nonNull, getTranslation("meeting.form.format.required"))
                .bind(b -> b.format, (b, v) -> b.format = v);
        binder.forField(deliveredBy)
                .asRequired(getTranslation("meeting.form.deliveredBy.required"))
                .withValidator(v -> v != null && !v.isBlank(), getTranslation("meeting.form.deliveredBy.required"))
                .withValidator(v -> v.length() <= 200, getTranslation("meeting.form.deliveredBy.tooLong"))
                .bind(b -> b.deliveredBy, (b, v) -> b.deliveredBy = v);
        binder.forField(overallResponse).bind(b -> b.overallResponse, (b, v) -> b.overallResponse = v);
        binder.forField(summary)
                .asRequired(getTranslation("meeting.form.summary.required"))
                .withValidator(TextLimits.counted(summary, SUMMARY_MAX, getTranslation("meeting.form.summary.name")))
                .bind(b -> b.summary, (b, v) -> b.summary = v);
        binder.forField(responseQuote)
                .withValidator(TextLimits.counted(responseQuote, QUOTE_MAX, getTranslation("meeting.form.quote.name")))
                .bind(b -> b.responseQuote, (b, v) -> b.responseQuote = v);
        binder.forField(handlingMarking)
                .withValidator(Objects::nonNull, getTranslation("meeting.form.marking.required"))
                .bind(b -> b.handlingMarking, (b, v) -> b.handlingMarking = v);
    }

    private void layout() {
        var where = new FormLayout(campaign, country, post, meetingDate, format, deliveredBy);
        where.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        var outcome = new FormLayout(overallResponse, handlingMarking, summary, responseQuote);
        outcome.setColspan(summary, 2);
        outcome.setColspan(responseQuote, 2);
        outcome.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        getContent().addClassName("meeting-form");
        getContent()
                .add(
                        notOnDesk,
                        section(getTranslation("meeting.form.section.where"), where),
                        section(getTranslation("meeting.form.section.who"), people, warning, joint),
                        section(getTranslation("meeting.form.section.points"), pointsVersion, points),
                        section(getTranslation("meeting.form.section.objections"), objections),
                        section(getTranslation("meeting.form.section.outcome"), outcome),
                        section(getTranslation("meeting.form.section.documents"), documentsLeft));
    }

    static Div section(String title, com.vaadin.flow.component.Component... content) {
        var section = new Div(new H2(title));
        section.add(content);
        section.addClassName("form-section");
        return section;
    }

    /** Starts a new meeting: today, in person, the given or newest active campaign and the given country if any. */
    void startNew(Long campaignId, String countryCode) {
        meetingId = null;
        meetingVersion = null;
        delivered = List.of();
        deliveredCampaignId = null;
        campaign.setItems(context.activeCampaigns());
        var bean = new Bean();
        bean.meetingDate = context.today();
        bean.handlingMarking = context.handlingMarkings().getFirst();
        // The campaign asked for, else the newest active one: the instruction most meetings answer.
        bean.campaign = campaignId == null
                ? context.activeCampaigns().stream()
                        .max(Comparator.comparing(CampaignSummary::issueDate).thenComparing(CampaignSummary::id))
                        .orElse(null)
                : context.activeCampaigns().stream()
                        .filter(c -> c.id() == campaignId)
                        .findFirst()
                        .orElse(null);
        bean.country = countryCode == null
                ? null
                : context.countries().stream()
                        .filter(c -> c.code().equalsIgnoreCase(countryCode))
                        .findFirst()
                        .orElse(null);
        notOnDesk.explain(bean.country == null ? countryCode : null);
        if (bean.country == null && context.countries().size() == 1) {
            bean.country = context.countries().getFirst();
        }
        read(bean);
        followUps.clear();
        commitments.clear();
    }

    /** Opens a logged meeting for changes. */
    void edit(MeetingDetails meeting) {
        meetingId = meeting.id();
        meetingVersion = meeting.version();
        delivered = meeting.points();
        deliveredCampaignId = meeting.campaignId();
        deliveredPointsVersion = meeting.pointsVersion();
        List<CampaignSummary> choices = new java.util.ArrayList<>(context.activeCampaigns());
        CampaignSummary own = context.campaign(meeting.campaignId());
        if (own != null && choices.stream().noneMatch(c -> c.id() == own.id())) {
            choices.add(own);
        }
        campaign.setItems(choices);
        List<CountryRef> countryChoices = new java.util.ArrayList<>(context.countries());
        CountryRef meetingCountry = context.country(meeting.countryId());
        if (meetingCountry != null && !countryChoices.contains(meetingCountry)) {
            countryChoices.add(meetingCountry);
        }
        country.setItems(countryChoices);
        var bean = new Bean();
        bean.campaign = own;
        bean.country = meetingCountry;
        bean.meetingDate = meeting.meetingDate();
        bean.format = meeting.format();
        bean.deliveredBy = meeting.deliveredBy();
        bean.overallResponse = meeting.overallResponse();
        bean.summary = meeting.summary();
        bean.responseQuote = meeting.responseQuote() == null ? "" : meeting.responseQuote();
        bean.handlingMarking = meeting.handlingMarking();
        reading = true;
        try {
            read(bean);
            post.setValue(context.post(meeting.postId()));
            counterparts.setValue(new HashSet<>(context.counterpartService().counterparts(meeting.counterpartIds())));
            followUps.clear();
            commitments.clear();
            documentsLeft.setValue(context.meetingService().documentsLeft(meeting.id()));
            objections.setValue(meeting.objectionIds(), meeting.newObjections());
            joint.setValue(meeting.partners(), meeting.partnerOnly());
        } finally {
            reading = false;
        }
    }

    private void read(Bean bean) {
        boolean was = reading;
        reading = true;
        try {
            binder.readBean(bean);
            loadPoints(bean.campaign);
            countryChanged(bean.country, false);
        } finally {
            reading = was;
        }
    }

    /** Everything typed or chosen so far, complete or not. */
    MeetingFormState state() {
        return MeetingFormState.of(this, meetingVersion);
    }

    /**
     * Puts a kept state back into the form, as far as its campaign, country, post, people and
     * owners still exist. The version it was taken at is kept: saving changes to a meeting that
     * someone else changed since is refused as usual, with the input left on screen.
     */
    void restore(MeetingFormState kept) {
        reading = true;
        try {
            if (meetingId != null && kept.meetingVersion() != null) {
                meetingVersion = kept.meetingVersion();
            }
            kept.putInto(this, context);
        } finally {
            reading = false;
        }
    }

    /** The name of any country, by id (null when unknown). */
    String countryName(long countryId) {
        CountryRef found = context.country(countryId);
        return found == null ? null : found.name();
    }

    /** The draft to save, or empty when something needs correcting (marked next to the field). */
    Optional<MeetingDraft> draft() {
        var bean = new Bean();
        boolean valid = binder.writeBeanIfValid(bean);
        valid &= points.validate();
        valid &= followUps.validate();
        valid &= commitments.validate();
        valid &= documentsLeft.validate();
        valid &= objections.validate();
        valid &= joint.validate();
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new MeetingDraft(
                        bean.campaign.id(),
                        bean.country.id(),
                        bean.post.id(),
                        bean.meetingDate,
                        bean.format,
                        bean.deliveredBy,
                        people.directoryIds(),
                        points.value(),
                        bean.overallResponse,
                        bean.summary,
                        bean.responseQuote,
                        bean.handlingMarking,
                        followUps.value(),
                        people.newPeople())
                .withDocumentsLeft(documentsLeft.value())
                .withObjections(objections.ids(), objections.newOnes())
                .withPartners(joint.names(), joint.partnerOnly.getValue())
                .withPointsVersion(pointsVersion.getValue())
                .withCommitments(commitments.value().stream()
                        .map(row -> new CommitmentDraft(row.description(), row.ownerId(), row.dueDate()))
                        .toList()));
    }

    /**
     * Saves the meeting: logs a new one or saves the changes of the one opened at {@code version}.
     * Returns the meeting's id, or empty when nothing was saved; then the reason is shown and
     * every input stays on screen.
     */
    Optional<Long> save() {
        Optional<MeetingDraft> draft = draft();
        if (draft.isEmpty()) {
            Notifications.error(getTranslation("meeting.form.needsAttention"));
            Corrections.focusFirst(this);
            return Optional.empty();
        }
        try {
            return Saving.attempt(() -> {
                if (meetingId == null) {
                    return context.meetingService().log(draft.get());
                }
                context.meetingService().update(meetingId, meetingVersion, draft.get());
                return meetingId;
            });
        } catch (ConstraintViolationException invalid) {
            // The service's own check of the draft: its messages, once each, like a refusal.
            Notifications.error(invalid.getConstraintViolations().stream()
                    .map(v -> v.getMessage())
                    .distinct()
                    .collect(java.util.stream.Collectors.joining(" ")));
            return Optional.empty();
        }
    }

    /** The version of the meeting being changed, as the form holds it (null for a new meeting). */
    Long meetingVersion() {
        return meetingVersion;
    }

    Long meetingId() {
        return meetingId;
    }

    private void loadPoints(CampaignSummary chosen) {
        if (chosen == null) {
            pointsVersion.setVisible(false);
            pointsVersion.clear();
            points.setPoints(List.of(), List.of());
            objections.setObjections(List.of());
            return;
        }
        int current = context.currentPointsVersion(chosen.id());
        List<Integer> versions = new java.util.ArrayList<>();
        for (int version = current; version >= 1; version--) {
            versions.add(version);
        }
        pointsVersion.setItems(versions);
        pointsVersion.setItemLabelGenerator(v -> v == current
                ? getTranslation("meeting.form.pointsVersion.current", v)
                : getTranslation("meeting.form.pointsVersion.item", v));
        pointsVersion.setVisible(current > 1);
        int shown = deliveredHere(chosen) ? deliveredPointsVersion : current;
        pointsVersion.setValue(shown);
        showPoints(chosen, shown);
        objections.setObjections(context.objections(chosen.id()));
    }

    /** Lists the points of one version of the chosen campaign's points, ticking those the meeting delivered. */
    private void showPoints(CampaignSummary chosen, Integer version) {
        if (chosen == null || version == null) {
            return;
        }
        boolean kept = deliveredHere(chosen) && version == deliveredPointsVersion;
        points.setPoints(context.points(chosen.id(), version), kept ? delivered : List.of());
        changed();
    }

    /** Whether the form changes a meeting that was logged in this campaign. */
    private boolean deliveredHere(CampaignSummary chosen) {
        return deliveredCampaignId != null && chosen.id() == deliveredCampaignId;
    }

    /** Shows another version of the campaign's points, as when the user chooses it (a kept state's). */
    void choosePointsVersion(int version) {
        if (pointsVersion.getListDataView().getItems().anyMatch(v -> v == version)) {
            pointsVersion.setValue(version);
            showPoints(campaign.getValue(), version);
        }
    }

    void countryChanged(CountryRef chosen, boolean fromUser) {
        people.setCountry(chosen);
        if (chosen == null) {
            post.setItems(List.of());
            return;
        }
        List<PostRef> covering = context.postsCovering(chosen.id());
        List<PostRef> others = context.posts().stream()
                .filter(p -> p.active() && !covering.contains(p))
                .sorted(Formats.byName(PostRef::name))
                .toList();
        List<PostRef> all = new java.util.ArrayList<>(covering);
        all.addAll(others);
        post.setItems(all);
        post.setHelperText(getTranslation("meeting.form.post.helper", chosen.name()));
        if (post.getValue() == null || fromUser) {
            post.setValue(covering.isEmpty() ? null : covering.getFirst());
        }
        if (fromUser) {
            counterparts.clear();
        }
    }

    private void checkRecentApproaches() {
        Set<Long> ids = people.directoryIds();
        warning.show(ids.isEmpty() ? List.of() : context.recentApproaches(ids, meetingDate.getValue(), meetingId));
    }
}
