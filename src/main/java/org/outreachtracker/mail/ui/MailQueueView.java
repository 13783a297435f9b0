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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.mail.MailRow;
import org.outreachtracker.mail.MailService;
import org.outreachtracker.mail.MailState;

/**
 * The outbox for administrators: whether e-mail is set up, how many messages went, wait or
 * failed (with the reason), sending one again, and a test message to check the set-up.
 */
@Route("admin/mail")
@Menu(order = 97, icon = "vaadin:envelope", title = "Mail queue")
@RolesAllowed(Roles.ADMIN)
public class MailQueueView extends Main implements HasDynamicTitle {

    private final MailService mail;
    private final Grid<MailRow> grid = new Grid<>();
    private final Select<MailState> state = new Select<>();
    private final Span counts = new Span();
    private final EmailField testAddress = new EmailField(getTranslation("mail.queue.testAddress"));

    MailQueueView(MailService mail) {
        this.mail = mail;
        addClassNames("page", "mail-queue-page");
        if (mail.enabled()) {
            add(new Paragraph(getTranslation("mail.queue.on")));
        } else {
            var off = new Paragraph(getTranslation("mail.queue.off.start") + " ");
            off.add(
                    new Code("spring.mail.host"),
                    new Span(" " + getTranslation("mail.queue.off.middle") + " "),
                    new Code("OUTREACH_MAIL_PASSWORD"));
            off.add(new Span(getTranslation("mail.queue.off.end")));
            off.addClassName("callout");
            off.setId("mail-off");
            add(off);
        }

        testAddress.setId("test-address");
        testAddress.setPlaceholder(getTranslation("mail.queue.testAddress.example"));
        testAddress.setClearButtonVisible(true);
        var sendTest = new Button(getTranslation("mail.queue.sendTest"), event -> sendTest());
        sendTest.setId("send-test");
        sendTest.setEnabled(mail.enabled());
        var test = new Div(testAddress, sendTest);
        test.addClassName("mail-test");
        add(test);

        add(new H2(getTranslation("mail.queue.messages")));
        state.setLabel(getTranslation("mail.queue.show"));
        state.setItems(MailState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("mail.queue.all") : stateLabel(s));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("mail.queue.all"));
        state.addValueChangeListener(event -> refresh());
        counts.setId("mail-counts");
        counts.getElement().setAttribute("aria-live", "polite");
        var toolbar = new Div(state, counts);
        toolbar.addClassName("list-toolbar");

        grid.setId("mail-grid");
        grid.setAriaLabel(getTranslation("mail.queue.title"));
        grid.addColumn(row -> Formats.dateTime(row.createdAt()))
                .setHeader(getTranslation("mail.queue.queued"))
                .setAutoWidth(true);
        grid.addColumn(MailRow::recipient)
                .setHeader(getTranslation("mail.queue.to"))
                .setFlexGrow(2)
                .setWidth("12rem");
        grid.addColumn(MailRow::subject)
                .setHeader(getTranslation("mail.queue.subject"))
                .setFlexGrow(3)
                .setWidth("14rem");
        grid.addColumn(row -> stateLabel(row.state()))
                .setHeader(getTranslation("mail.queue.state"))
                .setAutoWidth(true);
        grid.addColumn(MailRow::attempts)
                .setHeader(getTranslation("mail.queue.tries"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.sentAt() != null
                        ? getTranslation("mail.queue.sentAt", Formats.dateTime(row.sentAt()))
                        : row.nextAttemptAt() != null
                                ? getTranslation("mail.queue.nextTry", Formats.dateTime(row.nextAttemptAt()))
                                : "")
                .setHeader(getTranslation("mail.queue.when"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.lastError() == null ? "" : row.lastError())
                .setHeader(getTranslation("mail.queue.lastError"))
                .setFlexGrow(2);
        grid.addComponentColumn(row -> {
                    var again = new Button(getTranslation("mail.queue.sendAgain"), event -> resend(row));
                    again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    again.setEnabled(row.state() != MailState.WAITING && mail.enabled());
                    again.setAriaLabel(getTranslation("mail.queue.sendAgainTo", row.recipient()));
                    return again;
                })
                .setHeader(getTranslation("mail.queue.actions"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("mail.queue.empty"));
        grid.setTooltipGenerator(row -> row.subject() + (row.lastError() == null ? "" : "\n" + row.lastError()));
        grid.setItems(query -> mail.list(shown(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) mail.count(shown()));
        add(toolbar, grid);
        showCounts();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.queue.title") + " | Outreach Tracker";
    }

    /** A state's name in the page's language. */
    String stateLabel(MailState mailState) {
        return getTranslation("mail.MailState." + mailState.name());
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
        counts.setText(getTranslation(
                "mail.queue.counts",
                byState.get(MailState.SENT),
                byState.get(MailState.WAITING),
                byState.get(MailState.FAILED)));
    }

    private void resend(MailRow row) {
        try {
            mail.resend(row.id());
            Notifications.success(getTranslation("mail.queue.requeued", row.recipient()));
        } catch (RuleViolationException problem) {
            Notifications.error(Translations.refusal(problem));
        }
        refresh();
    }

    private void sendTest() {
        try {
            mail.sendTestMessage(testAddress.getValue());
        } catch (RuleViolationException problem) {
            testAddress.setErrorMessage(Translations.refusal(problem));
            testAddress.setInvalid(true);
            return;
        }
        testAddress.setInvalid(false);
        Notifications.success(
                getTranslation("mail.queue.testQueued", testAddress.getValue().strip()));
        refresh();
    }
}
