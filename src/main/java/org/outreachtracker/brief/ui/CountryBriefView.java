package org.outreachtracker.brief.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.base.HiddenCharacters;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.DataTable;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.brief.BriefPdf;
import org.outreachtracker.brief.BriefPdfService;
import org.outreachtracker.brief.BriefService;
import org.outreachtracker.brief.CountryBrief;
import org.outreachtracker.coverage.CountryCampaignCoverage;
import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.followup.CommitmentRef;
import org.outreachtracker.followup.CommitmentService;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.OverallResponse;

/**
 * One page on one country ({@code countries/FR/brief}): its status in each campaign, latest
 * meetings, counterparts and their positions, open follow-ups. It prints on one page (the
 * application's frame is left out when printing) and downloads as PDF.
 */
@Route("countries/:code/brief")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class CountryBriefView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final BriefService briefs;
    private final BriefPdfService pdfs;
    private final CommitmentService commitments;
    private final UserAccountService users;
    private CountryBrief brief;

    CountryBriefView(
            BriefService briefs, BriefPdfService pdfs, CommitmentService commitments, UserAccountService users) {
        this.briefs = briefs;
        this.commitments = commitments;
        this.users = users;
        this.pdfs = pdfs;
        addClassNames("page", "country-brief");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        brief = briefs.countryBrief(code).orElse(null);
        if (brief == null) {
            add(
                    new H2("Country not found"),
                    new Paragraph("There is no country with the code \"" + code + "\"."),
                    new Anchor("coverage", "Open the coverage map"));
            return;
        }
        add(
                marking(),
                actions(),
                heading(),
                campaigns(),
                meetings(),
                counterparts(),
                followUps(),
                commitments(),
                marking());
    }

    private Component marking() {
        var marking = new Div(brief.marking());
        marking.addClassName("brief-marking");
        marking.setVisible(!brief.marking().isBlank());
        return marking;
    }

    private Div actions() {
        var print = new Button(
                "Print", VaadinIcon.PRINT.create(), event -> getElement().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String code = brief.country().code();
        var pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var out = new java.io.ByteArrayOutputStream();
                    pdfs.countryBriefPdf(code, out);
                    byte[] bytes = out.toByteArray();
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes),
                            "country-brief-" + code + ".pdf",
                            "application/pdf",
                            bytes.length);
                }),
                "");
        pdf.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Download PDF"));
        pdf.addClassName("export-link");
        pdf.setId("brief-pdf");
        var actions = new Div(print, pdf);
        actions.addClassName("brief-actions");
        return actions;
    }

    private Div heading() {
        var title = new H2(brief.country().name());
        var meta = new Paragraph(brief.bureau() + " · ISO " + brief.country().code() + " · prepared "
                + Formats.dateTime(brief.preparedAt()) + " by " + brief.preparedBy());
        meta.addClassName("brief-meta");
        var box = new Div(title, meta);
        box.addClassName("brief-heading");
        return box;
    }

    private Div campaigns() {
        String title = "Status in each campaign" + ofTotal(brief.campaigns().size(), brief.campaignTotal());
        if (brief.campaigns().isEmpty()) {
            return section(title, new Paragraph("No campaign has been issued yet."));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CountryCampaignCoverage entry : brief.campaigns()) {
            CountryCoverage c = entry.coverage();
            rows.add(List.of(
                    shown(entry.campaign().title()) + " ("
                            + entry.campaign().status().label() + ")",
                    c.status().label() + (c.targeted() || !c.status().isApproached() ? "" : " (not targeted)"),
                    String.valueOf(c.meetings()),
                    dash(Formats.date(c.lastMeetingDate())),
                    c.openFollowUps() == 0
                            ? "—"
                            : c.openFollowUps() + " open"
                                    + (c.overdueFollowUps() > 0 ? ", " + c.overdueFollowUps() + " overdue" : "")));
        }
        return section(
                title,
                DataTable.of(
                        "Where " + brief.country().name() + " stands in each campaign",
                        List.of("Campaign", "Status", "Meetings", "Last meeting", "Follow-ups"),
                        rows));
    }

    private Div meetings() {
        String title = "Latest meetings" + ofTotal(brief.meetings().size(), brief.meetingTotal());
        if (brief.meetings().isEmpty()) {
            return section(title, new Paragraph("No meetings yet."));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MeetingRow row : brief.meetings()) {
            rows.add(List.of(
                    new Anchor("meetings/" + row.id(), Formats.date(row.meetingDate())),
                    shown(row.campaignTitle()),
                    shown(row.postName()),
                    shown(row.counterparts()),
                    OverallResponse.labelOf(row.overallResponse())));
        }
        return section(
                title,
                DataTable.of(
                        "Latest meetings, newest first",
                        List.of("Date", "Campaign", "Post", "Counterparts", "Response"),
                        rows));
    }

    private Div counterparts() {
        String title = "Counterparts and their positions"
                + (brief.counterpartTotal() > brief.counterparts().size()
                        ? " (" + brief.counterparts().size() + " of " + brief.counterpartTotal()
                                + ", most recently met first)"
                        : "");
        if (brief.counterparts().isEmpty()) {
            return section(title, new Paragraph("No counterparts in the directory yet."));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CountryBrief.Position position : brief.counterparts()) {
            rows.add(List.of(
                    shown(position.counterpart().name()),
                    shown(position.counterpart().title() + ", "
                            + position.counterpart().organization()),
                    dash(Formats.date(position.lastMet())),
                    shown(BriefPdf.stance(position))));
        }
        return section(
                title,
                DataTable.of(
                        "Counterparts, most recently met first",
                        List.of("Name", "Title, organization", "Last met", "Latest response and reactions"),
                        rows));
    }

    private Div followUps() {
        String title = "Open follow-ups" + ofTotal(brief.followUps().size(), brief.followUpTotal());
        if (brief.followUps().isEmpty()) {
            return section(title, new Paragraph("None."));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CountryBrief.OpenFollowUp action : brief.followUps()) {
            rows.add(List.of(
                    Formats.date(action.dueDate()),
                    shown(action.description()),
                    shown(action.campaign()),
                    shown(action.owner()),
                    action.status() + (action.overdue() ? ", overdue" : "")));
        }
        return section(
                title,
                DataTable.of(
                        "Open follow-ups, soonest due first",
                        List.of("Due", "Action", "Campaign", "Owner", "Status"),
                        rows));
    }

    /** What the host government committed to, in every campaign, latest check-back date first. */
    private Div commitments() {
        var all = commitments.forCountry(brief.country().id());
        String title = "Host-government commitments (" + all.size() + ")";
        if (all.isEmpty()) {
            return section(title, new Paragraph("None recorded."));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CommitmentRef commitment : all) {
            rows.add(List.of(
                    Formats.date(commitment.checkBackDate()),
                    shown(commitment.description()),
                    shown(users.user(commitment.ownerId())
                            .map(UserRef::displayName)
                            .orElse("")),
                    commitment.outcome().label() + (commitment.due() ? ", due" : ""),
                    shown(commitment.outcomeNote() == null ? "—" : commitment.outcomeNote()),
                    new Anchor("meetings/" + commitment.meetingId(), "Meeting")));
        }
        var box = section(
                title,
                DataTable.of(
                        "Commitments, latest check-back date first",
                        List.of("Check back on", "Commitment", "Owner", "Outcome", "Note", "From"),
                        rows));
        box.setId("brief-commitments");
        return box;
    }

    private static Div section(String title, Component content) {
        var section = new Div(new H3(title), content);
        section.addClassName("brief-section");
        return section;
    }

    private static String ofTotal(int shown, long total) {
        return total > shown ? " (" + shown + " of " + total + ")" : "";
    }

    /** User text as the brief prints it: invisible characters as marks such as [U+202E]. */
    private static String shown(String text) {
        return HiddenCharacters.reveal(text);
    }

    private static String dash(String text) {
        return text.isEmpty() ? "—" : text;
    }

    @Override
    public String getPageTitle() {
        return (brief == null
                        ? "Country not found"
                        : "Country brief: " + brief.country().name()) + " | Outreach Tracker";
    }
}
