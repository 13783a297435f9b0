package org.outreachtracker.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.SignedInAs;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestAudit;
import org.springframework.beans.factory.annotation.Autowired;

/** Errors reach the user as a short message; the detail stays in the log. */
@IntegrationTest
@SignedInAs("officer")
class ErrorPagesTest extends SpringBrowserlessTest {

    @Autowired
    AuditService auditService;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    java.time.Clock clock;

    @Test
    void anUnknownAddressShowsThePageNotFound() {
        UI.getCurrent().navigate("no/such/page");

        assertThat(getCurrentView()).isInstanceOf(NotFoundPage.class);
        assertThat(((NotFoundPage) getCurrentView()).getElement().getTextRecursively())
                .contains("Page not found");
    }

    @Test
    void aPageTheRolesDoNotAllowIsShownAsNotAllowedAndRecordedOnce() {
        var audit = new TestAudit(auditService, systemAccess);
        var start = clock.instant();

        UI.getCurrent().navigate("dashboard");

        assertThat(getCurrentView()).isInstanceOf(NotAllowedPage.class);
        assertThat(audit.byUser("officer", AuditAction.ACCESS_DENIED, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.objectType()).isEqualTo(AuditedObject.PAGE);
                    assertThat(event.objectId()).isEqualTo("/dashboard");
                    assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
                    assertThat(event.details().note()).isEqualTo("Refused by the access rules: the page /dashboard");
                });
    }

    @Test
    void anUnexpectedFailureShowsAReferenceButNoDetail() {
        ShellInitializer.handle(new ErrorEvent(new IllegalStateException("secret detail: table app_user")));

        var message = $(Notification.class).single().getElement().getProperty("text");
        assertThat(message)
                .contains("Something went wrong")
                .contains("reference")
                .doesNotContain("secret detail");
    }

    @Test
    void aRefusedActionShowsTheRulesOwnMessage() {
        ShellInitializer.handle(new ErrorEvent(new RuntimeException(
                new RuleViolationException("Only the reporting officer or a manager may change this meeting."))));

        var message = $(Notification.class).single().getElement().getProperty("text");
        assertThat(message).isEqualTo("Only the reporting officer or a manager may change this meeting.");
    }
}
