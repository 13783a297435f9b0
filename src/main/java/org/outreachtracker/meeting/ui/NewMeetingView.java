package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.Roles;

/**
 * Logging a meeting. {@code ?campaign=ID&country=CODE} preselects both (the "log a meeting"
 * links of My desk use them).
 */
@Route("meetings/new")
@PageTitle("Log a meeting | Outreach Tracker")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class NewMeetingView extends Main implements BeforeEnterObserver {

    private final MeetingForm form;

    NewMeetingView(MeetingFormContext context) {
        addClassName("page");
        addClassName("meeting-page");
        form = new MeetingForm(context);
        var save = new Button("Save meeting", event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setEventPropagationAllowed(false);
        save.setId("save-meeting");
        var cancel = new Button("Cancel", event -> getUI().ifPresent(ui -> ui.navigate(MeetingsView.class)));
        var actions = new Div(save, cancel);
        actions.addClassName("form-actions");
        add(form, MeetingForm.section("Follow-up actions", form.followUps), actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        Long campaignId = parameters.getSingleParameter("campaign").flatMap(NewMeetingView::parseLong).orElse(null);
        form.startNew(campaignId, parameters.getSingleParameter("country").orElse(null));
    }

    private void save() {
        form.save(0).ifPresent(id -> {
            Notifications.success("Meeting logged.");
            getUI().ifPresent(ui -> ui.navigate("meetings/" + id));
        });
    }

    private static java.util.Optional<Long> parseLong(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
