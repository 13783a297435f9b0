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
import org.outreachtracker.reference.ui.CountryNames;

/**
 * One page on one country ({@code countries/FR/brief}): its status in each campaign, latest
 * meetings, counterparts and their positions, open follow-ups. It prints on one page (the
 * application's frame is left out when printing) and downloads as PDF.
 */
@Route("countries/:code/brief")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class CountryBriefView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Addresses linked to: the coverage map, and a meeting's page (before its id). */
    private static final String COVERAGE = "coverage";

    private static final String MEETING = "meetings/";

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
                    new H2(getTranslation("brief.country.notFound")),
                    new Paragraph(getTranslation("brief.country.notFound.text", code)),
                    new Anchor(COVERAGE, getTranslation("brief.country.notFound.coverage")));
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
                getTranslation("brief.country.print"),
                VaadinIcon.PRINT.create(),
                event -> getElement().executeJs("window.print()"));
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
        pdf.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("brief.country.pdf")));
        pdf.addClassName("export-link");
        pdf.setId("brief-pdf");
        var actions = new Div(print, pdf);
        actions.addClassName("brief-actions");
        return actions;
    }

    private Div heading() {
        var title = new H2(CountryNames.of(brief.country()));
        var meta = new Paragraph(getTranslation(
                "brief.country.meta",
                brief.bureau(),
                brief.country().code(),
                Formats.dateTime(brief.preparedAt()),
                brief.preparedBy()));
        meta.addClassName("brief-meta");
        var box = new Div(title, meta);
        box.addClassName("brief-heading");
        return box;
    }

    private Div campaigns() {
        String title = ofTotal("brief.country.campaigns", brief.campaigns().size(), brief.campaignTotal());
        if (brief.campaigns().isEmpty()) {
            return section(title, new Paragraph(getTranslation("brief.country.campaigns.none")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CountryCampaignCoverage entry : brief.campaigns()) {
            CountryCoverage c = entry.coverage();
            rows.add(List.of(
                    getTranslation(
                            "brief.country.campaigns.campaign",
                            shown(entry.campaign().title()),
                            getTranslation("campaign.CampaignStatus."
                                    + entry.campaign().status().name())),
                    c.targeted() || !c.status().isApproached()
                            ? c.status().label()
                            : getTranslation(
                                    "brief.country.campaigns.notTargeted",
                                    c.status().label()),
                    String.valueOf(c.meetings()),
                    dash(Formats.date(c.lastMeetingDate())),
                    c.openFollowUps() == 0
                            ? "—"
                            : c.overdueFollowUps() > 0
                                    ? getTranslation(
                                            "brief.country.campaigns.openOverdue",
                                            String.valueOf(c.openFollowUps()),
                                            String.valueOf(c.overdueFollowUps()))
                                    : getTranslation(
                                            "brief.country.campaigns.open", String.valueOf(c.openFollowUps()))));
        }
        return section(
                title,
                DataTable.of(
                        getTranslation("brief.country.campaigns.caption", CountryNames.of(brief.country())),
                        List.of(
                                getTranslation("brief.country.campaigns.campaignColumn"),
                                getTranslation("brief.country.campaigns.status"),
                                getTranslation("brief.country.campaigns.meetings"),
                                getTranslation("brief.country.campaigns.lastMeeting"),
                                getTranslation("brief.country.campaigns.followUps")),
                        rows));
    }

    private Div meetings() {
        String title = ofTotal("brief.country.meetings", brief.meetings().size(), brief.meetingTotal());
        if (brief.meetings().isEmpty()) {
            return section(title, new Paragraph(getTranslation("brief.country.meetings.none")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MeetingRow row : brief.meetings()) {
            rows.add(List.of(
                    new Anchor(MEETING + row.id(), Formats.date(row.meetingDate())),
                    shown(row.campaignTitle()),
                    shown(row.postName()),
                    shown(row.counterparts()),
                    OverallResponse.labelOf(row.overallResponse())));
        }
        return section(
                title,
                DataTable.of(
                        getTranslation("brief.country.meetings.caption"),
                        List.of(
                                getTranslation("brief.country.meetings.date"),
                                getTranslation("brief.country.campaigns.campaignColumn"),
                                getTranslation("brief.country.meetings.post"),
                                getTranslation("brief.country.meetings.counterparts"),
                                getTranslation("brief.country.meetings.response")),
                        rows));
    }

    private Div counterparts() {
        String title = brief.counterpartTotal() > brief.counterparts().size()
                ? getTranslation(
                        "brief.country.counterparts.partial",
                        String.valueOf(brief.counterparts().size()),
                        String.valueOf(brief.counterpartTotal()))
                : getTranslation("brief.country.counterparts");
        if (brief.counterparts().isEmpty()) {
            return section(title, new Paragraph(getTranslation("brief.country.counterparts.none")));
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
                        getTranslation("brief.country.counterparts.caption"),
                        List.of(
                                getTranslation("brief.country.counterparts.name"),
                                getTranslation("brief.country.counterparts.title"),
                                getTranslation("brief.country.counterparts.lastMet"),
                                getTranslation("brief.country.counterparts.stance")),
                        rows));
    }

    private Div followUps() {
        String title = ofTotal("brief.country.followUps", brief.followUps().size(), brief.followUpTotal());
        if (brief.followUps().isEmpty()) {
            return section(title, new Paragraph(getTranslation("brief.country.followUps.none")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CountryBrief.OpenFollowUp action : brief.followUps()) {
            rows.add(List.of(
                    Formats.date(action.dueDate()),
                    shown(action.description()),
                    shown(action.campaign()),
                    shown(action.owner()),
                    action.overdue()
                            ? getTranslation("brief.country.followUps.overdue", action.status())
                            : action.status()));
        }
        return section(
                title,
                DataTable.of(
                        getTranslation("brief.country.followUps.caption"),
                        List.of(
                                getTranslation("brief.country.followUps.due"),
                                getTranslation("brief.country.followUps.action"),
                                getTranslation("brief.country.campaigns.campaignColumn"),
                                getTranslation("brief.country.followUps.owner"),
                                getTranslation("brief.country.campaigns.status")),
                        rows));
    }

    /** What the host government committed to, in every campaign, latest check-back date first. */
    private Div commitments() {
        var all = commitments.forCountry(brief.country().id());
        String title = getTranslation("brief.country.commitments", String.valueOf(all.size()));
        if (all.isEmpty()) {
            return section(title, new Paragraph(getTranslation("brief.country.commitments.none")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CommitmentRef commitment : all) {
            rows.add(List.of(
                    Formats.date(commitment.checkBackDate()),
                    shown(commitment.description()),
                    shown(users.user(commitment.ownerId())
                            .map(UserRef::displayName)
                            .orElse("")),
                    commitment.due()
                            ? getTranslation(
                                    "brief.country.commitments.due",
                                    commitment.outcome().label())
                            : commitment.outcome().label(),
                    shown(commitment.outcomeNote() == null ? "—" : commitment.outcomeNote()),
                    new Anchor(MEETING + commitment.meetingId(), getTranslation("brief.country.commitments.meeting"))));
        }
        var box = section(
                title,
                DataTable.of(
                        getTranslation("brief.country.commitments.caption"),
                        List.of(
                                getTranslation("brief.country.commitments.checkBack"),
                                getTranslation("brief.country.commitments.commitment"),
                                getTranslation("brief.country.followUps.owner"),
                                getTranslation("brief.country.commitments.outcome"),
                                getTranslation("brief.country.commitments.note"),
                                getTranslation("brief.country.commitments.from")),
                        rows));
        box.setId("brief-commitments");
        return box;
    }

    private static Div section(String title, Component content) {
        var section = new Div(new H3(title), content);
        section.addClassName("brief-section");
        return section;
    }

    private String ofTotal(String titleKey, int shown, long total) {
        String title = getTranslation(titleKey);
        return total > shown
                ? getTranslation("brief.country.partial", title, String.valueOf(shown), String.valueOf(total))
                : title;
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
                        ? getTranslation("brief.country.notFound")
                        : getTranslation("brief.country.title", CountryNames.of(brief.country())))
                + " | Outreach Tracker";
    }
}
