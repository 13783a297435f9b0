package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.RouteValues;
import org.outreachtracker.base.ui.SaveShortcut;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.followup.CommitmentRef;
import org.outreachtracker.followup.CommitmentService;
import org.outreachtracker.followup.CommitmentText;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.meeting.CableService;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingRankService;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.UnsavedMeetingService;

/**
 * One meeting. Everyone who reads outreach sees it: those who may change it (the officer who
 * reported it and managers) in the meeting form, whose unsaved changes are kept and protected as
 * when logging ({@link DraftKeeper}); everyone else as a summary to read.
 */
@Route("meetings/:meetingId(\\d+)")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class MeetingView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final FollowUpService followUps;
    private final CommitmentService commitments;
    private final UserAccountService userAccounts;
    /** Names of the users this view shows, looked up when first shown (not every account). */
    private final Map<Long, String> userNames = new HashMap<>();

    private final MeetingFormContext context;
    private final AuditService audit;
    private final CableService cables;
    private final UnsavedMeetingService unsaved;
    private final Clock clock;
    private final MeetingRankService ranks;
    private MeetingDetails meeting;
    private MeetingForm form;
    private DraftKeeper drafts;

    MeetingView(
            MeetingService meetings,
            FollowUpService followUps,
            CommitmentService commitments,
            UserAccountService userAccounts,
            MeetingFormContext context,
            AuditService audit,
            CableService cables,
            UnsavedMeetingService unsaved,
            Clock clock,
            MeetingRankService ranks) {
        this.ranks = ranks;
        this.meetings = meetings;
        this.unsaved = unsaved;
        this.clock = clock;
        this.cables = cables;
        this.audit = audit;
        this.followUps = followUps;
        this.commitments = commitments;
        this.context = context;
        this.userAccounts = userAccounts;
        addClassName("page");
        addClassName("meeting-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters()
                .get("meetingId")
                .flatMap(RouteValues::id)
                .orElse(-1L);
        show(id);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (drafts != null) {
            drafts.confirmLeave(event);
        }
    }

    private void show(long id) {
        removeAll();
        form = null;
        drafts = null;
        meeting = meetings.meeting(id).orElse(null);
        if (meeting == null) {
            add(
                    new H2("Meeting not found"),
                    new Paragraph("This meeting does not exist or has been deleted."),
                    new Anchor("meetings", "Back to the meetings list"));
            return;
        }
        if (!meetings.mayEdit(id)) {
            add(
                    header(false),
                    new MeetingSummary(meeting, context),
                    new ObjectionsList(meeting, context.objections(meeting.campaignId())),
                    new DocumentsLeftList(meetings.documentsLeft(id), context.attachments()),
                    MeetingForm.section("Commitments made", existingCommitments()),
                    MeetingForm.section("Follow-up actions", existingFollowUps()),
                    new MeetingHistory(audit.meetingHistory(meeting.id())));
            return;
        }
        form = new MeetingForm(context);
        form.edit(meeting);
        drafts = new DraftKeeper(unsaved, meeting.id(), form, clock);
        add(
                header(true),
                new DocumentsLeftList(meetings.documentsLeft(id), context.attachments()),
                form,
                MeetingForm.section("Commitments made", existingCommitments(), form.commitments),
                MeetingForm.section("Follow-up actions", existingFollowUps(), form.followUps),
                new MeetingHistory(audit.meetingHistory(meeting.id())),
                actions());
        drafts.opened();
        drafts.offerKept();
    }

    private Div header(boolean editable) {
        var header = new Div();
        header.addClassName("meeting-meta");
        header.add(new Paragraph("Reported by " + name(meeting.reportedById()) + " on "
                + Formats.dateTime(meeting.reportedAt()) + "; last changed " + Formats.dateTime(meeting.updatedAt())
                + " by " + meeting.updatedBy() + "."));
        header.add(documents());
        RankNote.of(ranks, meeting.id()).ifPresent(header::add);
        if (!editable) {
            var note = new Paragraph(
                    "You can read this meeting. Only the officer who reported it or a manager can change it.");
            note.addClassName("callout");
            header.add(note);
        }
        return header;
    }

    /** The reporting-cable draft of this meeting and the brief on its country. */
    private Div documents() {
        long id = meeting.id();
        var cable = new Button(
                "Cable draft",
                VaadinIcon.FILE_TEXT_O.create(),
                event -> cables.cableFacts(id)
                        .ifPresentOrElse(
                                facts -> new CableDraftDialog(facts).open(),
                                () -> Notifications.error("This meeting no longer exists.")));
        cable.setId("cable-draft");
        var documents = new Div(cable);
        var country = context.country(meeting.countryId());
        if (country != null) {
            var brief = new Anchor("countries/" + country.code() + "/brief", "Country brief: " + country.name());
            brief.addClassName("brief-link");
            documents.add(brief);
        }
        documents.addClassName("meeting-documents");
        return documents;
    }

    private Div existingCommitments() {
        var box = new Div();
        box.addClassName("existing-commitments");
        var list = new UnorderedList();
        for (CommitmentRef commitment : commitments.forMeeting(meeting.id())) {
            list.add(new ListItem(CommitmentText.of(commitment, name(commitment.ownerId()))));
        }
        box.add(list.getChildren().findAny().isEmpty() ? new Paragraph("No commitments recorded.") : list);
        return box;
    }

    private Div existingFollowUps() {
        var box = new Div();
        var list = new UnorderedList();
        for (FollowUpRef action : followUps.forMeeting(meeting.id())) {
            list.add(new ListItem(action.description() + " — " + name(action.ownerId()) + ", due "
                    + Formats.date(action.dueDate()) + " (" + action.status().label()
                    + (action.overdue() ? ", overdue" : "") + ")"));
        }
        if (list.getChildren().findAny().isEmpty()) {
            box.add(new Paragraph("No follow-up actions yet."));
        } else {
            box.add(list);
        }
        return box;
    }

    private Div actions() {
        var save = SaveShortcut.on(new Button(
                "Save changes",
                event -> form.save().ifPresent(id -> {
                    drafts.saved();
                    Notifications.success("Changes saved.");
                    show(id);
                })));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-meeting");
        var back = new Button("Back to the list", event -> getUI().ifPresent(ui -> ui.navigate(MeetingsView.class)));
        var delete = new Button("Delete meeting", event -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(save, back, delete, drafts);
        actions.addClassName("form-actions");
        return actions;
    }

    private void confirmDelete() {
        var confirm = new ConfirmDialog(
                "Delete this meeting?",
                "It disappears from the lists, the map and the"
                        + " dashboard. A manager can restore it under Deleted records.",
                "Delete",
                confirmed -> {
                    if (Saving.run(() -> meetings.delete(meeting.id(), meeting.version()))) {
                        drafts.discard();
                        Notifications.success("Meeting deleted.");
                        getUI().ifPresent(ui -> ui.navigate(MeetingsView.class));
                    }
                },
                "Cancel",
                cancelled -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        if (meeting == null) {
            return "Meeting not found | Outreach Tracker";
        }
        var country = context.country(meeting.countryId());
        return "Meeting in " + (country == null ? "" : country.name()) + ", " + Formats.date(meeting.meetingDate())
                + " | Outreach Tracker";
    }

    private String name(long userId) {
        return userNames.computeIfAbsent(
                userId, id -> userAccounts.user(id).map(UserRef::displayName).orElse("an unknown user"));
    }
}
