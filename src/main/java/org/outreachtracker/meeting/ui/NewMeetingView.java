package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.RouteValues;
import org.outreachtracker.base.ui.SaveShortcut;
import org.outreachtracker.meeting.UnsavedMeetingService;

/**
 * Logging a meeting. {@code ?campaign=ID&country=CODE} preselects both (the "log a meeting"
 * links of My desk use them). Input is kept as a draft while it is not saved, offered back when
 * the form is opened again, and leaving with unsaved input asks first ({@link DraftKeeper}).
 */
@Route("meetings/new")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class NewMeetingView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final MeetingForm form;
    private final DraftKeeper drafts;

    NewMeetingView(MeetingFormContext context, UnsavedMeetingService unsaved, Clock clock) {
        addClassName("page");
        addClassName("meeting-page");
        form = new MeetingForm(context);
        drafts = new DraftKeeper(unsaved, null, form, clock);
        var save = SaveShortcut.on(new Button(getTranslation("meeting.form.save"), event -> save()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-meeting");
        var cancel = new Button(
                getTranslation("meeting.form.cancel"),
                event -> getUI().ifPresent(ui -> ui.navigate(MeetingsView.class)));
        var actions = new Div(save, cancel, drafts);
        actions.addClassName("form-actions");
        add(
                form,
                MeetingForm.section(getTranslation("meeting.form.section.commitments"), form.commitments),
                MeetingForm.section(getTranslation("meeting.form.section.followUps"), form.followUps),
                actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.new.title") + " | Outreach Tracker";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        Long campaignId = parameters
                .getSingleParameter("campaign")
                .flatMap(RouteValues::id)
                .orElse(null);
        form.startNew(campaignId, parameters.getSingleParameter("country").orElse(null));
        drafts.opened();
        drafts.offerKept();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        drafts.confirmLeave(event);
    }

    private void save() {
        form.save().ifPresent(id -> {
            drafts.saved();
            Notifications.success(getTranslation("meeting.form.logged"));
            getUI().ifPresent(ui -> ui.navigate("meetings/" + id));
        });
    }
}
