package org.outreachtracker.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.mail.MailRow;
import org.outreachtracker.mail.MailService;
import org.outreachtracker.mail.MailState;

/**
 * The outbox for administrators: whether e-mail is set up, how many messages went, wait or
 * failed (with the reason), sending one again, and a test message to check the set-up.
 */
@Route("admin/mail")
@PageTitle("Mail queue | Outreach Tracker")
@Menu(order = 97, icon = "vaadin:envelope", title = "Mail queue")
@RolesAllowed(Roles.ADMIN)
public class MailQueueView extends Main {

    private final MailService mail;
    private final Grid<MailRow> grid = new Grid<>();
    private final Select<MailState> state = new Select<>();
    private final Span counts = new Span();
    private final EmailField testAddress = new EmailField("Send a test message to");

    MailQueueView(MailService mail) {
        this.mail = mail;
        addClassNames("page", "mail-queue-page");
        if (mail.enabled()) {
            add(new Paragraph("E-mail is on. Messages wait here until the mail server takes them; one it refuses,"
                    + " or a server that is down, is tried again after 1, 2, 4 … minutes (at most an hour"
                    + " apart), and marked failed after the last attempt."));
        } else {
            var off = new Paragraph("E-mail is off: no mail server is set, so nothing is queued and everyone is told"
                    + " under the bell only. To turn it on, set ");
            off.add(
                    new Code("spring.mail.host"),
                    new Span(" (and port, user, STARTTLS) in config/application.properties,"
                            + " with the password in the environment variable "),
                    new Code("OUTREACH_MAIL_PASSWORD"));
            off.add(new Span(
                    ", and restart. The README, \u201cE-mail\u201d, shows how to try it with a local server."));
            off.addClassName("callout");
            off.setId("mail-off");
            add(off);
        }

        testAddress.setId("test-address");
        testAddress.setPlaceholder("name@ministry.example");
        testAddress.setClearButtonVisible(true);
        var sendTest = new Button("Send test message", event -> sendTest());
        sendTest.setId("send-test");
        sendTest.setEnabled(mail.enabled());
        var test = new Div(testAddress, sendTest);
        test.addClassName("mail-test");
        add(test);

        add(new H2("Messages"));
        state.setLabel("Show");
        state.setItems(MailState.values());
        state.setItemLabelGenerator(s -> s == null ? "All" : s.label());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("All");
        state.addValueChangeListener(event -> refresh());
        counts.setId("mail-counts");
        counts.getElement().setAttribute("aria-live", "polite");
        var toolbar = new Div(state, counts);
        toolbar.addClassName("list-toolbar");

        grid.setId("mail-grid");
        grid.setAriaLabel("Mail queue");
        grid.addColumn(row -> Formats.dateTime(row.createdAt()))
                .setHeader("Queued")
                .setAutoWidth(true);
        grid.addColumn(MailRow::recipient).setHeader("To").setFlexGrow(2).setWidth("12rem");
        grid.addColumn(MailRow::subject).setHeader("Subject").setFlexGrow(3).setWidth("14rem");
        grid.addColumn(row -> row.state().label()).setHeader("State").setAutoWidth(true);
        grid.addColumn(MailRow::attempts).setHeader("Tries").setAutoWidth(true);
        grid.addColumn(row -> row.sentAt() != null
                        ? "Sent " + Formats.dateTime(row.sentAt())
                        : row.nextAttemptAt() != null ? "Next try " + Formats.dateTime(row.nextAttemptAt()) : "")
                .setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(row -> row.lastError() == null ? "" : row.lastError())
                .setHeader("Last error")
                .setFlexGrow(2);
        grid.addComponentColumn(row -> {
                    var again = new Button("Send again", event -> resend(row));
                    again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    again.setEnabled(row.state() != MailState.WAITING && mail.enabled());
                    again.setAriaLabel("Send again to " + row.recipient());
                    return again;
                })
                .setHeader("Actions")
                .setAutoWidth(true);
        grid.setEmptyStateText("No messages.");
        grid.setTooltipGenerator(row -> row.subject() + (row.lastError() == null ? "" : "\n" + row.lastError()));
        grid.setItems(query -> mail.list(shown(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) mail.count(shown()));
        add(toolbar, grid);
        showCounts();
    }

    private Set<MailState> shown() {
        return state.getValue() == null ? Set.of() : Set.of(state.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCounts();
    }

    private void showCounts() {
        Map<MailState, Long> byState = mail.counts();
        counts.setText(String.format(
                "%,d sent, %,d waiting, %,d failed",
                byState.get(MailState.SENT), byState.get(MailState.WAITING), byState.get(MailState.FAILED)));
    }

    private void resend(MailRow row) {
        try {
            mail.resend(row.id());
            Notifications.success("The message to " + row.recipient() + " is queued again.");
        } catch (RuleViolationException problem) {
            Notifications.error(problem.getMessage());
        }
        refresh();
    }

    private void sendTest() {
        try {
            mail.sendTestMessage(testAddress.getValue());
        } catch (RuleViolationException problem) {
            testAddress.setErrorMessage(problem.getMessage());
            testAddress.setInvalid(true);
            return;
        }
        testAddress.setInvalid(false);
        Notifications.success(
                "Test message queued for " + testAddress.getValue().strip() + ".");
        refresh();
    }
}
