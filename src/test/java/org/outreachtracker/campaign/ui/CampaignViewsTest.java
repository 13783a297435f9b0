package org.outreachtracker.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.campaign.PointDraft;
import org.outreachtracker.campaign.TalkingPointRef;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.meeting.DeliveredPoint;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.Reaction;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.search.ui.SearchField;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The campaign list and the campaign page, as a desk officer and as a manager use them. */
@IntegrationTest
class CampaignViewsTest extends SpringBrowserlessTest {

    static final String AI_TITLE = "Warning on the extraction and distillation of proprietary AI models";
    static final String MINERALS_TITLE = "Critical minerals supply chains";

    @Autowired
    UserDetailsService users;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ReferenceService reference;

    @Autowired
    MeetingService meetings;

    @Autowired
    Clock clock;

    @Autowired
    CounterpartService counterparts;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    /**
     * Closes the active campaigns these tests created (the demo campaigns' cable references
     * start with "DEMO"), so they do not crowd other tests' active-campaign pickers and desks.
     */
    @AfterEach
    void closeCreatedCampaigns() {
        TestSignIn.as(users, "manager");
        for (CampaignSummary active : campaigns.campaignsIn(java.util.EnumSet.of(CampaignStatus.ACTIVE))) {
            if (!active.cableReference().startsWith("DEMO")) {
                CampaignDetails campaign = campaigns.campaign(active.id()).orElseThrow();
                CampaignDraft draft = campaign.toDraft();
                campaigns.update(
                        campaign.id(),
                        campaign.version(),
                        new CampaignDraft(
                                draft.title(),
                                draft.cableReference(),
                                draft.objective(),
                                draft.issueDate(),
                                draft.deadline(),
                                CampaignStatus.CLOSED,
                                draft.allCountries(),
                                draft.targetCountryIds()));
            }
        }
        TestSignIn.anonymous();
    }

    @Test
    void theListShowsTheDemoCampaignsNewestFirst() {
        TestSignIn.as(users, "officer");
        UI.getCurrent().navigate("campaigns");

        @SuppressWarnings("unchecked")
        Grid<CampaignSummary> grid = $(Grid.class).single();
        var rows = test(grid);
        List<String> titles = new java.util.ArrayList<>();
        List<LocalDate> issued = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            titles.add(rows.getRow(i).title());
            issued.add(rows.getRow(i).issueDate());
        }
        assertThat(titles).contains(AI_TITLE, MINERALS_TITLE);
        assertThat(titles.indexOf(AI_TITLE))
                .as("issued later, listed first")
                .isLessThan(titles.indexOf(MINERALS_TITLE));
        assertThat(issued).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        int ai = titles.indexOf(AI_TITLE);
        assertThat(rows.getCellText(ai, 1)).isEqualTo("DEMO 26 STATE 041187");
        assertThat(rows.getSortDirection("issueDate")).isEqualTo(SortDirection.DESCENDING);
        rows.sortByColumn("issueDate", SortDirection.ASCENDING);
        assertThat(java.util.stream.IntStream.range(0, rows.size())
                        .mapToObj(i -> rows.getRow(i).issueDate())
                        .toList())
                .isSorted();
        for (String sortable : List.of("title", "status", "issueDate", "deadline")) {
            assertThat(rows.isColumnSortable(sortable)).as(sortable).isTrue();
        }

        int aiNow = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.getRow(i).title().equals(AI_TITLE))
                .findFirst()
                .orElseThrow();
        rows.clickRow(aiNow);

        assertThat(getCurrentView()).isInstanceOf(CampaignView.class);
        assertThat(text(getCurrentView())).contains(AI_TITLE).contains("Extraction at scale");
    }

    @Test
    void anOfficerReadsACampaignButCannotChangeIt() {
        TestSignIn.as(users, "officer");
        UI.getCurrent().navigate("campaigns");
        assertThat($(Button.class).withText("New campaign").exists()).isFalse();

        long id = demoCampaignId(AI_TITLE);
        UI.getCurrent().navigate("campaigns/" + id);

        assertThat(text(getCurrentView()))
                .contains(AI_TITLE)
                .contains("Alert host governments")
                .contains("target countries")
                .contains("Europe & Eurasia")
                .contains("What distillation hides");
        for (Class<? extends Component> field : List.of(
                TextField.class,
                TextArea.class,
                DatePicker.class,
                Select.class,
                MultiSelectComboBox.class,
                Checkbox.class)) {
            assertThat($(field).all().stream()
                            .filter(Component::isVisible)
                            .filter(f -> !((HasValue<?, ?>) f).isReadOnly())
                            // The header's search box is on every page, for searching, not editing.
                            .filter(f ->
                                    !f.getId().filter(SearchField.ID::equals).isPresent())
                            .toList())
                    .as("editable " + field.getSimpleName())
                    .isEmpty();
        }
        assertThat($(Button.class).all().stream()
                        .filter(Component::isVisible)
                        .map(Button::getText)
                        .toList())
                .doesNotContain("Save campaign", "Add talking point");
        assertThat($(Button.class).withAriaLabelContaining("point").exists())
                .as("point actions")
                .isFalse();
        assertThat($(Anchor.class)
                        .withText("Meetings of this campaign")
                        .single()
                        .getHref())
                .isEqualTo("meetings?campaign=" + id);
    }

    @Test
    void aManagerCreatesACampaignThroughTheDialog() {
        TestSignIn.as(users, "manager");
        UI.getCurrent().navigate("campaigns");
        long before = count();

        test($(Button.class).withText("New campaign").single()).click();
        var dialog = $(NewCampaignDialog.class).single();
        assertThat(dialog.form.issueDate.getValue())
                .as("issued today by default")
                .isEqualTo(LocalDate.now(clock));
        assertThat(dialog.form.status.getValue()).isEqualTo(CampaignStatus.DRAFT);
        test(dialog.form.cableReference).setValue("26 STATE 100001");
        test(dialog.form.objective).setValue("Ask partners to co-sponsor the resolution.");
        test(dialog.save).click();

        assertThat(dialog.form.title.isInvalid()).isTrue();
        assertThat(dialog.form.title.getErrorMessage()).isEqualTo("Enter a title.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(count()).as("nothing saved").isEqualTo(before);

        String title = unique("Co-sponsorship drive");
        test(dialog.form.title).setValue(title);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(count()).isEqualTo(before + 1);
        assertThat(getCurrentView()).isInstanceOf(CampaignView.class);
        assertThat(text(getCurrentView()))
                .contains(title)
                .contains("26 STATE 100001")
                .contains("Draft")
                .contains("No target countries yet")
                .contains("No talking points yet");
    }

    @Test
    void anActiveCampaignCannotBeCreatedWithoutTargets() {
        TestSignIn.as(users, "manager");
        UI.getCurrent().navigate("campaigns");
        long before = count();
        test($(Button.class).withText("New campaign").single()).click();
        var dialog = $(NewCampaignDialog.class).single();
        test(dialog.form.title).setValue(unique("Too early"));
        test(dialog.form.cableReference).setValue("26 STATE 100002");
        test(dialog.form.objective).setValue("Objective.");
        test(dialog.form.status).selectItem("Active");

        test(dialog.save).click();

        assertThat(dialog.form.status.getErrorMessage()).startsWith("An active campaign needs target countries");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aManagerEditsDetailsAndPicksTargetsByBureau() {
        TestSignIn.as(users, "manager");
        long id = create(unique("Bureau picking"));
        UI.getCurrent().navigate("campaigns/" + id);
        var targets = $(TargetCountriesField.class).single();
        var europe = reference.bureaus().stream()
                .filter(r -> r.name().equals("Europe & Eurasia"))
                .findFirst()
                .orElseThrow();
        List<CountryRef> european = reference.countries().stream()
                .filter(c -> c.bureauId() == europe.id() && c.isState())
                .toList();

        test(targets.chooser.bureau).selectItem("Europe & Eurasia");
        test(targets.chooser.addBureau).click();
        assertThat(targets.chooser.count.getText()).isEqualTo(european.size() + " target countries");
        CountryRef japan = reference.countryByCode("JP").orElseThrow();
        targets.chooser.countries.select(japan);
        assertThat(targets.chooser.count.getText()).isEqualTo((european.size() + 1) + " target countries");
        test($(CampaignForm.class).single().objective).setValue("A new objective.");
        test($(CampaignForm.class).single().status).selectItem("Active");
        test($(Button.class).withText("Save campaign").single()).click();

        CampaignDetails saved = campaigns.campaign(id).orElseThrow();
        assertThat(saved.objective()).isEqualTo("A new objective.");
        assertThat(saved.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(saved.targetCountryIds()).hasSize(european.size() + 1).contains(japan.id());
        assertThat(notifications()).contains("Campaign saved.");

        test(targets.chooser.bureau).selectItem("Europe & Eurasia");
        test(targets.chooser.removeBureau).click();
        assertThat(targets.chooser.count.getText()).isEqualTo("1 target country");
        targets.chooser.countries.deselect(japan);
        test($(Button.class).withText("Save campaign").single()).click();
        assertThat($(CampaignForm.class).single().status.getErrorMessage())
                .isEqualTo("An active campaign needs target countries: all, or a list.");
        assertThat(campaigns.campaign(id).orElseThrow().targetCountryIds())
                .as("nothing saved")
                .hasSize(european.size() + 1);
    }

    @Test
    void aStaleEditIsRefusedAndTheInputStays() {
        TestSignIn.as(users, "manager");
        long id = create(unique("Stale"));
        UI.getCurrent().navigate("campaigns/" + id);
        var before = campaigns.campaign(id).orElseThrow();
        campaigns.update(
                id,
                before.version(),
                new CampaignDraft(
                        before.title(),
                        "26 STATE 999999",
                        before.objective(),
                        before.issueDate(),
                        null,
                        CampaignStatus.DRAFT,
                        false,
                        Set.of()));

        var form = $(CampaignForm.class).single();
        test(form.title).setValue("My better title");
        test($(Button.class).withText("Save campaign").single()).click();

        assertThat(notifications()).anyMatch(message -> message.startsWith("Someone else changed this campaign"));
        assertThat(form.title.getValue()).isEqualTo("My better title");
        assertThat(campaigns.campaign(id).orElseThrow().title()).isEqualTo(before.title());
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        TestSignIn.as(users, "manager");
        long id = create(unique("Unsaved"));
        UI.getCurrent().navigate("campaigns/" + id);
        UI.getCurrent().navigate("campaigns");
        assertThat(getCurrentView()).as("nothing changed, nothing asked").isInstanceOf(CampaignsView.class);

        UI.getCurrent().navigate("campaigns/" + id);
        test($(CampaignForm.class).single().objective).setValue("Typed but not saved.");

        UI.getCurrent().navigate("campaigns");

        assertThat(getCurrentView()).as("still on the campaign").isInstanceOf(CampaignView.class);
        var confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Leave without saving?");
        test(confirm).confirm();
        assertThat(getCurrentView()).isInstanceOf(CampaignsView.class);
    }

    @Test
    void aManagerAddsTwoPointsReordersThemAndRemovesOne() {
        TestSignIn.as(users, "manager");
        long id = create(unique("Points"));
        UI.getCurrent().navigate("campaigns/" + id);

        addPoint("Why now", "Because the deadline is near.");
        addPoint("What we ask", "Support the statement.");
        assertThat(pointTexts()).hasSize(2);
        assertThat(pointTexts().get(0)).contains("Why now");

        test($(Button.class).withAriaLabel("Move point 2 up").single()).click();

        assertThat(pointTexts().get(0)).contains("What we ask");
        assertThat(pointTexts().get(1)).contains("Why now");
        assertThat(campaigns.points(id)).extracting(TalkingPointRef::label).containsExactly("What we ask", "Why now");
        assertThat($(Button.class).withAriaLabel("Move point 1 up").single().isEnabled())
                .isFalse();

        test($(Button.class).withAriaLabel("Edit point 2").single()).click();
        assertThat(text($(Dialog.class).single()))
                .doesNotContain("Already delivered in meetings: those meetings keep the wording that was delivered.");
        var dialog = $(PointDialog.class).single();
        test(dialog.text).setValue("Because the deadline is very near.");
        test(dialog.save).click();
        assertThat(campaigns.points(id).get(1).text()).isEqualTo("Because the deadline is very near.");

        test($(Button.class).withAriaLabel("Remove point 1").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(campaigns.points(id)).extracting(TalkingPointRef::label).containsExactly("Why now");
        assertThat(pointTexts()).hasSize(1);
    }

    @Test
    void aManagerIssuesRevisedPointsAndTheEarlierVersionStaysReadable() {
        TestSignIn.as(users, "manager");
        long id = create(unique("Revised points"));
        UI.getCurrent().navigate("campaigns/" + id);
        addPoint("Why now", "Because the deadline is near.");
        addPoint("What we ask", "Support the statement.");

        test($(Button.class).withText("Issue revised points").single()).click();
        var dialog = $(RevisedPointsDialog.class).single();
        assertThat(dialog.pointRows())
                .extracting(row -> row.label.getValue())
                .containsExactly("Why now", "What we ask");
        test(dialog.pointRows().get(1).text).setValue("Co-sponsor the statement.");
        test($(Button.class).withAriaLabel("Remove revised point 1").single()).click();
        test(dialog.addPoint).click();
        test(dialog.pointRows().get(1).text).setValue("A new point without a label yet.");
        test(dialog.save).click();

        assertThat(dialog.isOpened())
                .as("a point without a label keeps the dialog open")
                .isTrue();
        assertThat(dialog.pointRows().get(1).label.getErrorMessage()).isEqualTo("Enter a short label.");
        assertThat(campaigns.campaign(id).orElseThrow().currentPointsVersion()).isEqualTo(1);

        test(dialog.pointRows().get(1).label).setValue("Contact point");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Version 2 of the talking points issued.");
        assertThat(campaigns.points(id))
                .extracting(TalkingPointRef::label, TalkingPointRef::text)
                .containsExactly(
                        tuple("What we ask", "Co-sponsor the statement."),
                        tuple("Contact point", "A new point without a label yet."));
        assertThat(pointTexts()).hasSize(2);
        assertThat(text($(H3.class).id("talking-points-heading"))).contains("Version 2 (current)");
        var earlier = $(Details.class).withClassName("earlier-points-details").single();
        assertThat(earlier.getSummaryText()).isEqualTo("Earlier version (1)");
        assertThat(text(earlier)).contains("Version 1", "Why now", "Support the statement.");

        TestSignIn.as(users, "officer");
        UI.getCurrent().navigate("campaigns");
        UI.getCurrent().navigate("campaigns/" + id);
        assertThat($(Button.class).withText("Issue revised points").exists()).isFalse();
    }

    @Test
    void aPointWithoutLabelIsNotSaved() {
        TestSignIn.as(users, "manager");
        long id = create(unique("Empty point"));
        UI.getCurrent().navigate("campaigns/" + id);

        test($(Button.class).withText("Add talking point").single()).click();
        var dialog = $(PointDialog.class).single();
        test(dialog.text).setValue("Text without a label.");
        test(dialog.save).click();

        assertThat(dialog.label.getErrorMessage()).isEqualTo("Enter a short label.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(campaigns.points(id)).isEmpty();
    }

    @Test
    void editingAPointAlreadyDeliveredSaysThatMeetingsKeepTheirWording() {
        TestSignIn.as(users, "manager");
        long id = demoCampaignId(AI_TITLE);
        UI.getCurrent().navigate("campaigns/" + id);

        assertThat(text(getCurrentView())).contains("Raised in meetings");
        assertThat($(Button.class).withAriaLabel("Remove point 1").exists())
                .as("a delivered point cannot be removed")
                .isFalse();
        test($(Button.class).withAriaLabel("Edit point 1").single()).click();

        assertThat(text($(PointDialog.class).single()))
                .contains("Already delivered in meetings: those meetings keep the wording that was delivered.");
        $(PointDialog.class).single().close();
    }

    @Test
    void rewordingADeliveredPointLeavesTheMeetingsWordingAlone() {
        TestSignIn.as(users, "manager");
        CountryRef iceland = reference.countryByCode("IS").orElseThrow();
        long id = campaigns.create(new CampaignDraft(
                unique("Delivered wording"),
                "26 STATE 000002",
                "Objective.",
                LocalDate.now(clock).minusDays(3),
                null,
                CampaignStatus.ACTIVE,
                false,
                Set.of(iceland.id())));
        TalkingPointRef point = campaigns.addPoint(id, new PointDraft("Original", "The original wording."));
        long meetingId = logMeetingRaising(id, iceland, point);
        UI.getCurrent().navigate("campaigns/" + id);

        assertThat(text(getCurrentView())).contains("Raised in meetings");
        assertThat($(Button.class).withAriaLabel("Remove point 1").exists()).isFalse();
        test($(Button.class).withAriaLabel("Edit point 1").single()).click();
        var dialog = $(PointDialog.class).single();
        assertThat(text(dialog))
                .contains("Already delivered in meetings: those meetings keep the wording that was delivered.");
        test(dialog.text).setValue("The new wording.");
        test(dialog.save).click();

        assertThat(pointTexts().getFirst()).contains("The new wording.");
        assertThat(meetings.meeting(meetingId).orElseThrow().points())
                .extracting(DeliveredPoint::text)
                .containsExactly("The original wording.");
    }

    @Test
    void anUnknownCampaignShowsThatItDoesNotExist() {
        TestSignIn.as(users, "officer");
        for (String address : List.of("campaigns/987654321", "campaigns/not-a-number")) {
            UI.getCurrent().navigate(address);

            assertThat(getCurrentView()).isInstanceOf(CampaignView.class);
            assertThat(text(getCurrentView())).contains("This campaign does not exist");
        }
    }

    /** A meeting of the test's own campaign, with its own counterpart, in a country on no demo desk. */
    private long logMeetingRaising(long campaignId, CountryRef country, TalkingPointRef point) {
        var counterpart = counterparts.create(new CounterpartDraft(
                unique("Test Counterpart"),
                "Director",
                "Ministry of Foreign Affairs",
                country.id(),
                CounterpartLevel.SENIOR_OFFICIAL));
        long post = reference.postsCovering(country.id()).getFirst().id();
        return meetings.log(new MeetingDraft(
                campaignId,
                country.id(),
                post,
                LocalDate.now(clock),
                MeetingFormat.CALL,
                "Test Deliverer",
                Set.of(counterpart.id()),
                List.of(new MeetingDraft.PointRaised(point.id(), Reaction.NOTED)),
                null,
                "Delivered the point.",
                null,
                meetings.handlingMarkings().getFirst(),
                List.of()));
    }

    private void addPoint(String label, String text) {
        test($(Button.class).withText("Add talking point").single()).click();
        var dialog = $(PointDialog.class).single();
        test(dialog.label).setValue(label);
        test(dialog.text).setValue(text);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
    }

    private List<String> pointTexts() {
        return $(ListItem.class).withClassName("point").all().stream()
                .map(CampaignViewsTest::text)
                .toList();
    }

    private long create(String title) {
        return campaigns.create(new CampaignDraft(
                title,
                "26 STATE 000001",
                "To test the campaign page.",
                LocalDate.now(clock),
                null,
                CampaignStatus.DRAFT,
                false,
                Set.of()));
    }

    private long demoCampaignId(String title) {
        return campaigns.campaignsIn(Set.of(CampaignStatus.values())).stream()
                .filter(c -> c.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long count() {
        return campaigns.campaigns(PageRequest.of(0, 1, Sort.by("id"))).getTotalElements();
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String text(Object component) {
        return ((com.vaadin.flow.component.HasElement) component).getElement().getTextRecursively();
    }
}
