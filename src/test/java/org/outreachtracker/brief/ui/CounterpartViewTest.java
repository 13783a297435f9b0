package org.outreachtracker.brief.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.counterpart.PositionHeld;
import org.outreachtracker.counterpart.ui.CounterpartDialog;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A counterpart's page as users meet it: positions, the timeline with titles as they were, editing. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterpartViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;

    @BeforeAll
    void campaign() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(120, outreach.countryIds("JP"), "Page point");
    }

    @AfterAll
    void closeCampaign() {
        outreach.closeCampaigns();
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void thePageShowsThePositionsAndEachMeetingWithTheTitleHeldThatDay() {
        CounterpartRef person = outreach.counterpart("JP", TestOutreach.unique("Haruka Page"));
        outreach.as(
                "officer",
                () -> meetings.log(outreach.meeting(
                        campaign,
                        "JP",
                        outreach.daysAgo(60),
                        Set.of(person.id()),
                        List.of(),
                        OverallResponse.RECEPTIVE,
                        "Before the promotion.",
                        List.of())));
        outreach.as(
                "manager",
                () -> counterparts.changePosition(
                        person.id(),
                        person.version(),
                        new CounterpartDraft(
                                person.name(),
                                "Vice-Minister",
                                person.organization(),
                                person.countryId(),
                                person.level()),
                        outreach.daysAgo(30)));

        TestSignIn.as(users, "officer");
        UI.getCurrent().navigate("counterparts/" + person.id());

        assertThat(getCurrentView()).isInstanceOf(CounterpartView.class);
        assertThat($(H2.class).single().getText()).isEqualTo(person.name());
        assertThat($(ListItem.class)
                        .withClassName("current")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .startsWith("Vice-Minister, Ministry of Foreign Affairs");
        assertThat($(ListItem.class).withClassName("timeline-entry").all())
                .singleElement()
                .extracting(entry -> $(Span.class)
                        .from(entry)
                        .withClassName("held-then")
                        .single()
                        .getText())
                .isEqualTo("As Director of Testing, Ministry of Foreign Affairs");
    }

    @Test
    void anEditOfTheTitleAsksWhetherItIsANewPositionOrACorrection() {
        CounterpartRef person = outreach.counterpart("JP", TestOutreach.unique("Kenji Edit"));
        TestSignIn.as(users, "manager");
        UI.getCurrent().navigate("counterparts/" + person.id());

        test($(Button.class).id("counterpart-edit")).click();
        var dialog = (CounterpartDialog) $(Dialog.class).single();
        assertThat($(RadioButtonGroup.class).from(dialog).exists()).isFalse();
        test($(TextField.class).from(dialog).withLabel("Title").single()).setValue("Director of Testing (acting)");
        RadioButtonGroup<?> kind = $(RadioButtonGroup.class).from(dialog).single();
        DatePicker since = $(DatePicker.class)
                .from(dialog)
                .withLabel("In the new position since")
                .single();
        assertThat(kind.getValue()).isEqualTo(true);
        test(kind).selectItem("A correction of a mistake");
        assertThat(since.isVisible()).isFalse();
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(positions(person))
                .containsExactly(
                        new PositionHeld("Director of Testing (acting)", "Ministry of Foreign Affairs", null, null));

        test($(Button.class).id("counterpart-edit")).click();
        var again = (CounterpartDialog) $(Dialog.class).single();
        test($(TextField.class).from(again).withLabel("Title").single()).setValue("Director-General");
        test($(DatePicker.class)
                        .from(again)
                        .withLabel("In the new position since")
                        .single())
                .setValue(outreach.daysAgo(3));
        test(again.save).click();

        assertThat(again.isOpened()).isFalse();
        assertThat(positions(person))
                .extracting(PositionHeld::title, PositionHeld::until)
                .containsExactly(
                        tuple("Director-General", null), tuple("Director of Testing (acting)", outreach.daysAgo(4)));
        assertThat($(ListItem.class)
                        .withClassName("current")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .startsWith("Director-General");
    }

    @Test
    void anUnknownCounterpartSaysSo() {
        TestSignIn.as(users, "officer");
        UI.getCurrent().navigate("counterparts/999999999");

        assertThat($(H2.class).single().getText()).isEqualTo("Counterpart not found");
    }

    private List<PositionHeld> positions(CounterpartRef person) {
        return outreach.as("officer", () -> counterparts.positions(person.id()))
                .orElseThrow()
                .all();
    }
}
