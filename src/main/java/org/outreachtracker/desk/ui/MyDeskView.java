package org.outreachtracker.desk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.SignedInUser;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.coverage.CoverageService;
import org.outreachtracker.coverage.DeskCampaignCoverage;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.ui.CountryNames;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.ui.TaskingNames;

/**
 * The desk officer's landing page: each desk country's standing in every active campaign,
 * their outstanding follow-ups, their recent meetings, and "log a meeting" one click away.
 */
@Route("my-desk")
@Menu(order = 10, icon = "vaadin:desktop", title = "My desk")
@RolesAllowed(Roles.DESK_OFFICER)
public class MyDeskView extends Main implements HasDynamicTitle {

    MyDeskView(
            CoverageService coverage,
            FollowUpService followUps,
            MeetingService meetings,
            ReferenceService reference,
            CurrentUser currentUser,
            TaskingService taskings,
            CampaignService campaignService,
            Clock clock) {
        addClassName("page");
        addClassName("my-desk");
        SignedInUser user = currentUser.require();
        Map<Long, CountryRef> countries = reference.countriesById();

        var logMeeting = new Button(
                getTranslation("desk.logMeeting"),
                VaadinIcon.PLUS.create(),
                event -> getUI().ifPresent(ui -> ui.navigate("meetings/new")));
        logMeeting.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        logMeeting.setId("log-meeting");
        String desk = currentUser.deskCountryIds().stream()
                .map(countries::get)
                .map(CountryNames::of)
                .sorted(Formats.names())
                .collect(Collectors.joining(", "));
        var intro = new Paragraph(
                desk.isEmpty() ? getTranslation("desk.noCountries") : getTranslation("desk.yourDesk", desk));
        var top = new Div(intro, logMeeting);
        top.addClassName("desk-top");
        add(top);

        var campaigns = coverage.myDesk();
        if (campaigns.isEmpty()) {
            add(new Paragraph(getTranslation("desk.noActiveCampaign")));
        }
        for (DeskCampaignCoverage campaign : campaigns) {
            add(new DeskCampaignTable(campaign, countries));
        }

        add(
                new H2(getTranslation("desk.taskings")),
                new MyTaskingsGrid(
                        taskings,
                        TaskingNames.read(reference, campaignService),
                        currentUser.deskCountryIds(),
                        LocalDate.now(clock)));
        add(
                new H2(getTranslation("desk.followUps")),
                new MyFollowUpsGrid(followUps, user.id(), countries),
                new Anchor("follow-ups", getTranslation("desk.allFollowUps")));
        add(
                new H2(getTranslation("desk.meetings")),
                new MyMeetingsGrid(meetings, user.id(), countries),
                new Anchor("meetings", getTranslation("desk.allMeetings")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title") + " | Outreach Tracker";
    }
}
