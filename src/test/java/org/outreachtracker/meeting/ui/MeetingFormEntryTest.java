package org.outreachtracker.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.SignedInAs;
import org.outreachtracker.UnsavedDrafts;
import org.outreachtracker.base.ui.DateFields;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Entering a meeting in a hurry: the people met, the summary's length, the date, the post
 * suggested for the country, the desk's countries and the save shortcut.
 */
@IntegrationTest
@SignedInAs("officer")
class MeetingFormEntryTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MeetingService meetings;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    ReferenceService reference;

    @BeforeEach
    void clearDraftsBefore() {
        UnsavedDrafts.clear(jdbc);
    }

    @AfterEach
    void clearDraftsAfter() {
        UnsavedDrafts.clear(jdbc);
    }

    @Test
    void counterpartsPickedEarlierStayWhenNewOnesAreAdded() {
        MeetingForm form = openNewMeetingForm();
        test(form.country).selectItem("Japan");
        List<String> directory = test(form.counterparts).getSuggestions();
        test(form.counterparts).selectItem(directory.get(0), directory.get(1));
        assertThat(form.counterparts.getValue()).hasSize(2);

        addNewCounterpart(form, "Aiko Entrytest", "Deputy Director", "Ministry of Economy, Trade and Industry");
        addNewCounterpart(form, "Kenji Entrytest", "Director", "Cabinet Office");
        addNewCounterpart(form, "Yuki Entrytest", "Counsellor", "Ministry of Foreign Affairs");

        assertThat(form.counterparts.getValue())
                .extracting(CounterpartRef::describe)
                .contains(directory.get(0), directory.get(1))
                .anySatisfy(text -> assertThat(text).startsWith("Aiko Entrytest"))
                .anySatisfy(text -> assertThat(text).startsWith("Kenji Entrytest"))
                .anySatisfy(text -> assertThat(text).startsWith("Yuki Entrytest"))
                .hasSize(5);
    }

    @Test
    void aSummaryOverTheLimitIsRefusedWithItsTextKeptAndCounted() {
        MeetingForm form = openNewMeetingForm();
        String pasted = "Pasted from the reporting cable. ".repeat(304).substring(0, 10_001);

        test(form.summary).setValue(pasted);

        assertThat(form.summary.getValue()).isEqualTo(pasted);
        assertThat(form.summary.getHelperText()).isEqualTo("10,001 of 10,000 characters");
        assertThat(form.summary.isInvalid()).isTrue();
        assertThat(form.summary.getErrorMessage())
                .isEqualTo("The summary is 1 character too long: shorten it to 10,000 characters or fewer.");
        // The browser must not cut pasted text at the limit: no maxlength is sent to it.
        assertThat(form.summary.getElement().hasProperty("maxlength")).isFalse();

        test(form.summary).setValue(pasted.substring(0, 10_000));
        assertThat(form.summary.getHelperText()).isEqualTo("10,000 of 10,000 characters");
        assertThat(form.summary.isInvalid()).isFalse();
    }

    @Test
    void aFutureMeetingDateIsRefusedWithAMessage() {
        MeetingForm form = openNewMeetingForm();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);

        form.meetingDate.setValue(tomorrow);
        test($(Button.class).withId("save-meeting").single()).click();

        assertThat(form.meetingDate.isInvalid()).isTrue();
        assertThat(form.meetingDate.getErrorMessage()).startsWith("The meeting cannot be in the future");
    }

    @Test
    void germanyDefaultsToTheEmbassyInBerlin() {
        MeetingForm form = openNewMeetingForm();

        test(form.country).selectItem("Germany");

        assertThat(form.post.getValue().name()).isEqualTo("Embassy Berlin");
        assertThat(test(form.post).getSuggestions().subList(0, 2))
                .containsExactly("Embassy Berlin", "Consulate General Frankfurt");
    }

    @Test
    void aCountryOutsideTheDeskIsExplained() {
        UI.getCurrent().navigate("meetings/new", QueryParameters.of("country", "BR"));
        MeetingForm form = $(MeetingForm.class).single();

        assertThat(form.country.getValue()).isNull();
        String page = getCurrentView().getElement().getTextRecursively() + " " + form.country.getHelperText();
        assertThat(page).contains("Brazil is not one of your desk countries");
        assertThat(form.country.getHelperText())
                .contains("Australia, France, Germany, Japan, Poland, Singapore, South Korea")
                .contains("administrator");
    }

    @Test
    void theSaveButtonTellsItsShortcut() {
        openNewMeetingForm();
        Button save = $(Button.class).withId("save-meeting").single();

        assertThat(save.getTooltip().getText()).contains("Ctrl+S");
        assertThat(save.getElement().getAttribute("aria-keyshortcuts")).isEqualTo("Control+S");
    }

    @Test
    void aPersonAlreadyInTheDirectoryIsOfferedInsteadOfASecondEntry() {
        MeetingForm form = openNewMeetingForm();
        test(form.country).selectItem("Japan");
        CounterpartRef listed = japanese().getFirst();
        long before = japaneseCounterparts();

        addNewCounterpart(
                form,
                "  " + listed.name().toUpperCase() + " ",
                "Some other title",
                listed.organization().replace(" ", "  ").toLowerCase());

        Button use = $(Button.class)
                .withText("Use " + listed.describe() + " (" + listed.level().label() + ")")
                .single();
        assertThat($(Button.class).withText("Add counterpart").exists()).isTrue();
        test(use).click();
        assertThat(form.counterparts.getValue()).containsExactly(listed);
        assertThat(japaneseCounterparts()).isEqualTo(before);
    }

    @Test
    void aNameSpelledLikeAListedPersonIsOfferedWhileTyping() {
        MeetingForm form = openNewMeetingForm();
        test(form.country).selectItem("Japan");
        CounterpartRef listed = japanese().getFirst();
        String[] parts = listed.name().split(" ", 2);
        test(form.newCounterpart).click();

        test($(TextField.class).withCaption("Name").single()).setValue(parts[1].toUpperCase() + ", " + parts[0]);

        Button use = $(Button.class)
                .withText("Use " + listed.describe() + " (" + listed.level().label() + ")")
                .single();
        test(use).click();
        assertThat(form.counterparts.getValue()).containsExactly(listed);
    }

    @Test
    void theSameNewPersonIsNotAddedTwice() {
        MeetingForm form = openNewMeetingForm();
        test(form.country).selectItem("Japan");
        addNewCounterpart(form, "Haruka Twicetest", "Director", "METI");

        addNewCounterpart(form, "haruka  twicetest", "Director", "meti");

        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all().stream()
                        .map(p -> p.getText()))
                .contains("Haruka Twicetest of METI is already among the counterparts of this meeting.");
        assertThat(form.counterparts.getValue()).hasSize(1);
    }

    @Test
    void newCounterpartsJoinTheDirectoryWhenTheMeetingIsSavedAndNotBefore() {
        MeetingForm form = openNewMeetingForm();
        test(form.country).selectItem("Japan");
        long before = japaneseCounterparts();
        addNewCounterpart(form, "Haruka Savetest", "Director", "Ministry of Economy, Trade and Industry");

        assertThat(japaneseCounterparts())
                .as("nobody is added before the meeting is saved")
                .isEqualTo(before);
        assertThat(form.counterparts.getHelperText())
                .contains("Haruka Savetest")
                .contains("added to it when the meeting is saved");

        form.deliveredBy.setValue("Ambassador");
        test(form.summary).setValue("Met a new contact at the trade ministry.");
        test($(Button.class).withId("save-meeting").single()).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        assertThat(japaneseCounterparts()).isEqualTo(before + 1);
        CounterpartRef added = japanese().stream()
                .filter(c -> c.name().equals("Haruka Savetest"))
                .findFirst()
                .orElseThrow();
        assertThat($(MeetingForm.class).single().counterparts.getValue()).containsExactly(added);

        // The same person in a second meeting is the directory's entry, not a second one.
        form = openNewMeetingForm();
        test(form.country).selectItem("Japan");
        addNewCounterpart(form, "HARUKA SAVETEST", "Director-General", "Ministry of Economy,  Trade and Industry");
        test($(Button.class)
                        .withText(
                                "Use " + added.describe() + " (" + added.level().label() + ")")
                        .single())
                .click();
        assertThat(form.counterparts.getValue()).containsExactly(added);
        assertThat(japaneseCounterparts()).isEqualTo(before + 1);
    }

    @Test
    void anAbandonedMeetingAddsNobodyToTheDirectory() {
        MeetingForm form = openNewMeetingForm();
        test(form.country).selectItem("Japan");
        long before = japaneseCounterparts();
        addNewCounterpart(form, "Kenta Leavetest", "Director", "Cabinet Office");

        UI.getCurrent().navigate("meetings");
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single())
                .reject();

        assertThat(getCurrentView()).isInstanceOf(MeetingsView.class);
        assertThat(japaneseCounterparts()).isEqualTo(before);
    }

    @Test
    void dateFieldsShowTheDatesAsPagesWriteThemAndAlsoReadIso() {
        MeetingForm form = openNewMeetingForm();

        assertThat(form.meetingDate.getI18n().getDateFormats())
                .startsWith(Formats.DATE_PATTERN)
                .contains(DateFields.ISO_PATTERN);
        assertThat(form.meetingDate.getPlaceholder()).isEqualTo("e.g. 5 Mar 2026");
    }

    @Test
    void aDateTheFieldCannotReadSaysWhatWasTypedAndHowToTypeIt() {
        MeetingForm form = openNewMeetingForm();

        new TypedDate(form.meetingDate).type("02/12/2026");

        assertThat(form.meetingDate.isInvalid()).isTrue();
        assertThat(form.meetingDate.getErrorMessage())
                .isEqualTo("\"02/12/2026\" could be 2 Dec 2026 or 12 Feb 2026."
                        + " Write the month as a word, as in 2 Dec 2026, or use 2026-12-02.");

        new TypedDate(form.meetingDate).type("yesterday");
        assertThat(form.meetingDate.getErrorMessage())
                .isEqualTo(
                        "\"yesterday\" is not a date the application can read. Type it as 5 Mar 2026 or 2026-03-05.");

        new TypedDate(form.meetingDate).type("12/06/2026".replace("12/06", "13/06"));
        assertThat(form.meetingDate.isInvalid()).isFalse();
        assertThat(form.meetingDate.getValue()).isEqualTo(LocalDate.of(2026, 6, 13));
    }

    @Test
    void aDueDateInThePastSaysWhy() {
        MeetingForm form = openNewMeetingForm();
        test($(Button.class).withId("add-follow-up").single()).click();
        var due = $(com.vaadin.flow.component.datepicker.DatePicker.class)
                .withCaption("Due")
                .single();

        due.setValue(LocalDate.now(clock).minusDays(3));
        test($(Button.class).withId("save-meeting").single()).click();

        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage())
                .isEqualTo("The due date cannot be in the past. The earliest is " + Formats.date(LocalDate.now(clock))
                        + ".");
    }

    @Test
    void theChosenPeopleShowByNameOnAsManyLinesAsNeeded() {
        MeetingForm form = openNewMeetingForm();

        assertThat(form.counterparts.getAutoExpand())
                .isEqualTo(com.vaadin.flow.component.combobox.MultiSelectComboBox.AutoExpandMode.VERTICAL);
    }

    /** Typing into a date field text the browser could not read, as the browser reports it. */
    static final class TypedDate
            extends com.vaadin.browserless.ComponentTester<com.vaadin.flow.component.datepicker.DatePicker> {
        TypedDate(com.vaadin.flow.component.datepicker.DatePicker field) {
            super(field);
        }

        void type(String text) {
            getComponent().getElement().setProperty("_inputElementValue", text);
            fireDomEvent("unparsable-change");
        }
    }

    private List<CounterpartRef> japanese() {
        long japan = reference.countries().stream()
                .filter(c -> c.code().equals("JP"))
                .findFirst()
                .orElseThrow()
                .id();
        return counterparts
                .search(
                        new CounterpartFilter(null, japan, null),
                        PageRequest.of(0, 1000, org.springframework.data.domain.Sort.by("id")))
                .getContent();
    }

    /** The demo's active campaign (tests may add campaigns of their own). */
    private CampaignSummary aiCampaign() {
        return campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE)).stream()
                .filter(c -> c.cableReference().startsWith("DEMO"))
                .findFirst()
                .orElseThrow();
    }

    private MeetingForm openNewMeetingForm() {
        UI.getCurrent()
                .navigate(
                        "meetings/new",
                        QueryParameters.of(
                                "campaign", String.valueOf(aiCampaign().id())));
        return $(MeetingForm.class).single();
    }

    private void addNewCounterpart(MeetingForm form, String name, String title, String organization) {
        test(form.newCounterpart).click();
        test($(TextField.class).withCaption("Name").single()).setValue(name);
        test($(TextField.class).withCaption("Title").single()).setValue(title);
        test($(TextField.class).withCaption("Organization").single()).setValue(organization);
        test($(Button.class).withText("Add counterpart").single()).click();
    }

    long japaneseCounterparts() {
        long japan = reference.countries().stream()
                .filter(c -> c.code().equals("JP"))
                .findFirst()
                .orElseThrow()
                .id();
        return counterparts.count(new CounterpartFilter(null, japan, null));
    }
}
