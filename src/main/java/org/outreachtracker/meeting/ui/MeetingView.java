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
import org.outreachtracker.base.ui.Translations;
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
import org.outreachtracker.reference.ui.CountryNames;

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
                    new H2(getTranslation("meeting.view.notFound")),
                    new Paragraph(getTranslation("meeting.view.notFound.text")),
                    new Anchor("meetings", getTranslation("meeting.view.backToMeetings")));
            return;
        }
        if (!meetings.mayEdit(id)) {
            add(
                    header(false),
                    new MeetingSummary(meeting, context),
                    new ObjectionsList(meeting, context.objections(meeting.campaignId())),
                    new DocumentsLeftList(meetings.documentsLeft(id), context.attachments()),
                    MeetingForm.section(getTranslation("meeting.form.section.commitments"), existingCommitments()),
                    MeetingForm.section(getTranslation("meeting.form.section.followUps"), existingFollowUps()),
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
                MeetingForm.section(
                        getTranslation("meeting.form.section.commitments"), existingCommitments(), form.commitments),
                MeetingForm.section(
                        getTranslation("meeting.form.section.followUps"), existingFollowUps(), form.followUps),
                new MeetingHistory(audit.meetingHistory(meeting.id())),
                actions());
        drafts.opened();
        drafts.offerKept();
    }

    private Div header(boolean editable) {
        var header = new Div();
        header.addClassName("meeting-meta");
        header.add(new Paragraph(getTranslation(
                "meeting.view.reported",
                name(meeting.reportedById()),
                Formats.dateTime(meeting.reportedAt()),
                Formats.dateTime(meeting.updatedAt()),
                meeting.updatedBy())));
        header.add(documents());
        RankNote.of(ranks, meeting.id()).ifPresent(header::add);
        if (!editable) {
            var note = new Paragraph(getTranslation("meeting.view.readOnly"));
            note.addClassName("callout");
            header.add(note);
        }
        return header;
    }

    /** The reporting-cable draft of this meeting and the brief on its country. */
    private Div documents() {
        long id = meeting.id();
        var cable = new Button(
                getTranslation("meeting.view.cable"),
                VaadinIcon.FILE_TEXT_O.create(),
                event -> cables.cableFacts(id)
                        .ifPresentOrElse(
                                facts -> new CableDraftDialog(facts).open(),
                                () -> Notifications.error(getTranslation("meeting.view.gone"))));
        cable.setId("cable-draft");
        var documents = new Div(cable);
        var country = context.country(meeting.countryId());
        if (country != null) {
            var brief = new Anchor(
                    "countries/" + country.code() + "/brief",
                    getTranslation("meeting.view.brief", CountryNames.of(country)));
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
        box.add(
                list.getChildren().findAny().isEmpty()
                        ? new Paragraph(getTranslation("meeting.view.noCommitments"))
                        : list);
        return box;
    }

    private Div existingFollowUps() {
        var box = new Div();
        var list = new UnorderedList();
        for (FollowUpRef action : followUps.forMeeting(meeting.id())) {
            list.add(new ListItem(getTranslation(
                    action.overdue() ? "meeting.view.followUp.overdue" : "meeting.view.followUp",
                    action.description(),
                    name(action.ownerId()),
                    Formats.date(action.dueDate()),
                    Translations.label(action.status()))));
        }
        if (list.getChildren().findAny().isEmpty()) {
            box.add(new Paragraph(getTranslation("meeting.view.noFollowUps")));
        } else {
            box.add(list);
        }
        return box;
    }

    private Div actions() {
        var save = SaveShortcut.on(new Button(
                getTranslation("meeting.view.save"),
                event -> form.save().ifPresent(id -> {
                    drafts.saved();
                    Notifications.success(getTranslation("meeting.view.saved"));
                    show(id);
                })));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-meeting");
        var back = new Button(
                getTranslation("meeting.view.back"), event -> getUI().ifPresent(ui -> ui.navigate(MeetingsView.class)));
        var delete = new Button(getTranslation("meeting.view.delete"), event -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(save, back, delete, drafts);
        actions.addClassName("form-actions");
        return actions;
    }

    private void confirmDelete() {
        var confirm = new ConfirmDialog(
                getTranslation("meeting.view.delete.header"),
                getTranslation("meeting.view.delete.text"),
                getTranslation("meeting.view.delete.confirm"),
                confirmed -> {
                    if (Saving.run(() -> meetings.delete(meeting.id(), meeting.version()))) {
                        drafts.discard();
                        Notifications.success(getTranslation("meeting.view.deleted"));
                        getUI().ifPresent(ui -> ui.navigate(MeetingsView.class));
                    }
                },
                getTranslation("meeting.form.cancel"),
                cancelled -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        if (meeting == null) {
            return getTranslation("meeting.view.notFound") + " | Outreach Tracker";
        }
        var country = context.country(meeting.countryId());
        return getTranslation(
                        "meeting.view.title",
                        country == null ? "" : CountryNames.of(country),
                        Formats.date(meeting.meetingDate()))
                + " | Outreach Tracker";
    }

    private String name(long userId) {
        return userNames.computeIfAbsent(
                userId,
                id -> userAccounts
                        .user(id)
                        .map(UserRef::displayName)
                        .orElse(getTranslation("meeting.view.unknownUser")));
    }
}
