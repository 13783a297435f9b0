package org.outreachtracker.tasking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.TaskingState;

/**
 * A tasking's next step, one click away: request the appointment, log the meeting that delivers
 * the points, mark it reported, or waive it. Each button's accessible name says which post it is for.
 */
public final class TaskingNextStep {

    private TaskingNextStep() {}

    /**
     * @param names the names of what the tasking is about, for dialogs and accessible names
     *     ("Japan — Campaign title")
     * @param refresh called after a change was saved
     */
    public static Div of(
            TaskingRef tasking, TaskingNames names, TaskingService service, LocalDate today, Runnable refresh) {
        String where = names.where(tasking);
        var steps = new Div();
        steps.addClassName("tasking-steps");
        switch (tasking.state()) {
            case INSTRUCTED -> {
                steps.add(primary(button("tasking.step.requestAppointment", where, () -> {
                    if (Saving.run(() -> service.requestAppointment(tasking.id(), tasking.version()))) {
                        Notifications.success(Translations.text("tasking.step.appointmentRequested"));
                        refresh.run();
                    }
                })));
                steps.add(button("tasking.step.waive", where, () -> waive(tasking, where, service, refresh)));
            }
            case APPOINTMENT_REQUESTED -> {
                steps.add(primary(button(
                        "tasking.step.logMeeting",
                        where,
                        () -> UI.getCurrent()
                                .navigate(
                                        "meetings/new",
                                        QueryParameters.simple(Map.of(
                                                "campaign", String.valueOf(tasking.campaignId()),
                                                "country", names.countryCode(tasking)))))));
                steps.add(button("tasking.step.waive", where, () -> waive(tasking, where, service, refresh)));
            }
            case DELIVERED, WAIVED ->
                steps.add(primary(button(
                        "tasking.step.markReported", where, () -> report(tasking, where, service, today, refresh))));
            case REPORTED -> steps.add(new Span(Translations.text("tasking.step.reported", tasking.reportReference())));
        }
        if (tasking.state() == TaskingState.APPOINTMENT_REQUESTED || tasking.state() == TaskingState.INSTRUCTED) {
            var withoutDelivery = button(
                    "tasking.step.withoutDelivery", where, () -> report(tasking, where, service, today, refresh));
            withoutDelivery.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            steps.add(withoutDelivery);
        }
        return steps;
    }

    private static void waive(TaskingRef tasking, String where, TaskingService service, Runnable refresh) {
        new WaiveDialog(tasking, where, service, saved -> refresh.run()).open();
    }

    private static void report(
            TaskingRef tasking, String where, TaskingService service, LocalDate today, Runnable refresh) {
        new ReportDialog(tasking, where, service, today, saved -> refresh.run()).open();
    }

    /** A step's button: its label is the text of {@code key}, its accessible name that of {@code key.aria}. */
    private static Button button(String key, String where, Runnable action) {
        var button = new Button(Translations.text(key), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", Translations.text(key + ".aria", where));
        return button;
    }

    private static Button primary(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
