package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.ui.TaskingBadge;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A country in one campaign, over the map (on the side away from the country, so the map keeps
 * its size and the country stays in view): its status, its post's tasking, its latest meetings, the counterparts
 * met, the open follow-ups, and links to the meetings list filtered to it and to its brief.
 * Escape closes it.
 */
class CountryPanel extends Composite<Aside> {

    static final int LATEST = 8;

    private final MeetingService meetings;
    private final CounterpartService counterparts;
    private final FollowUpService followUps;
    private final TaskingService taskings;
    private final Div body = new Div();
    private Runnable onHide = () -> {};

    CountryPanel(
            MeetingService meetings,
            CounterpartService counterparts,
            FollowUpService followUps,
            TaskingService taskings) {
        this.meetings = meetings;
        this.taskings = taskings;
        this.counterparts = counterparts;
        this.followUps = followUps;
        Aside aside = getContent();
        aside.addClassName("country-panel");
        aside.getElement().setAttribute("aria-label", getTranslation("coverage.panel.label"));
        aside.getElement().setAttribute("tabindex", "-1");
        var close = new Button(VaadinIcon.CLOSE.create(), event -> hide());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel(getTranslation("coverage.panel.close"));
        close.addClassName("panel-close");
        close.addClickShortcut(Key.ESCAPE).listenOn(aside);
        aside.add(close, body);
        aside.setVisible(false);
    }

    /** The tasking's state, lapsed or not, with its dates and the reporting cable. */
    static String taskingText(TaskingRef tasking) {
        var text = new StringBuilder(TaskingBadge.text(tasking));
        if (tasking.deliveredOn() != null) {
            text.append(Translations.text(
                    tasking.belowMinimumLevel()
                            ? "coverage.panel.tasking.deliveredBelowMinimum"
                            : "coverage.panel.tasking.delivered",
                    Formats.date(tasking.deliveredOn())));
        }
        if (tasking.reportReference() != null) {
            text.append(Translations.text(
                    "coverage.panel.tasking.reported", tasking.reportReference(), Formats.date(tasking.reportedOn())));
        }
        if (tasking.waiverReason() != null) {
            text.append(Translations.text(
                    "coverage.panel.tasking.waiver", tasking.waiverReason().label()));
        }
        if (tasking.reportBy() != null && tasking.state().isOutstanding()) {
            text.append(Translations.text("coverage.panel.tasking.reportBy", Formats.date(tasking.reportBy())));
        }
        return text.append(Translations.text("coverage.panel.tasking.end")).toString();
    }

    /** What to do when the panel closes (the map's outline of the country goes with it). */
    void onHide(Runnable onHide) {
        this.onHide = onHide;
    }

    /**
     * Shows the country; {@code west}: over the western side of the map (for a country in the
     * east), else over the eastern side.
     */
    void show(CoverageRow row, long campaignId, boolean west) {
        getContent().setClassName("country-panel-west", west);
        getContent().setClassName("country-panel-east", !west);
        body.removeAll();
        var title = new H2(row.name());
        String statusLabel = StatusStyle.label(row.coverage().status());
        var status = new Paragraph(
                row.coverage().targeted() ? statusLabel : getTranslation("coverage.panel.notTarget", statusLabel));
        status.addClassName("panel-status");
        body.add(title, status);
        taskings.taskingOf(campaignId, row.country().id()).ifPresent(tasking -> {
            var line = new Paragraph(getTranslation("coverage.panel.tasking", taskingText(tasking)));
            line.addClassName("panel-tasking");
            body.add(line);
        });

        var filter = MeetingFilter.none()
                .withCampaign(campaignId)
                .withCountry(row.country().id());
        List<MeetingRow> latest = meetings.search(
                        filter, PageRequest.of(0, LATEST, Sort.by(Sort.Direction.DESC, "meetingDate")))
                .getContent();
        body.add(new H3(getTranslation(
                "coverage.panel.meetings", String.valueOf(row.coverage().meetings()))));
        if (latest.isEmpty()) {
            body.add(new Paragraph(getTranslation("coverage.panel.noMeetings")));
        } else {
            var list = new UnorderedList();
            for (MeetingRow meeting : latest) {
                var link = new Anchor(
                        "meetings/" + meeting.id(),
                        getTranslation(
                                "coverage.panel.meeting",
                                Formats.date(meeting.meetingDate()),
                                meeting.postName(),
                                OverallResponse.labelOf(meeting.overallResponse())));
                list.add(new ListItem(link));
            }
            body.add(list);
        }

        Set<Long> metIds = meetings.counterpartsMet(campaignId, row.country().id());
        body.add(new H3(getTranslation("coverage.panel.counterparts", String.valueOf(metIds.size()))));
        var met = new UnorderedList();
        counterparts.counterparts(metIds).stream()
                .map(CounterpartRef::describe)
                .sorted(Formats.names())
                .forEach(text -> met.add(new ListItem(text)));
        body.add(metIds.isEmpty() ? new Paragraph(getTranslation("coverage.panel.nobody")) : met);

        var open = followUps
                .search(
                        FollowUpFilter.all()
                                .withStatuses(FollowUpStatus.OUTSTANDING)
                                .withCampaign(campaignId)
                                .withCountry(row.country().id()),
                        PageRequest.of(0, 20, Sort.by("dueDate")))
                .getContent();
        body.add(new H3(getTranslation("coverage.panel.followUps", String.valueOf(open.size()))));
        var actions = new UnorderedList();
        for (FollowUpRef action : open) {
            actions.add(new ListItem(getTranslation(
                    action.overdue() ? "coverage.panel.followUp.overdue" : "coverage.panel.followUp",
                    action.description(),
                    Formats.date(action.dueDate()))));
        }
        body.add(open.isEmpty() ? new Paragraph(getTranslation("coverage.panel.none")) : actions);

        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("campaign", String.valueOf(campaignId));
        parameters.put("country", row.country().code());
        var all = new Anchor(
                "meetings?" + QueryParameters.simple(parameters).getQueryString(),
                getTranslation("coverage.panel.allMeetings", row.name()));
        var brief = new Anchor(
                "countries/" + row.country().code() + "/brief", getTranslation("coverage.panel.brief", row.name()));
        // Separate items of a list, so they never run together whatever the panel's width.
        var links = new UnorderedList(new ListItem(all), new ListItem(brief));
        links.addClassName("panel-links");
        body.add(links);

        getContent().setVisible(true);
        getContent().getElement().callJsFunction("focus");
    }

    void hide() {
        getContent().setVisible(false);
        onHide.run();
    }

    boolean isShown() {
        return getContent().isVisible();
    }
}
