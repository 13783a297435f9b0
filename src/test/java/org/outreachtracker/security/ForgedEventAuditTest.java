package org.outreachtracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.bench.FlowClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page sent an event for a control that is disabled (as a tampered browser can): Vaadin ignores
 * it, and the audit trail records the refusal once. Spoken over HTTP as Vaadin's client speaks it
 * ({@link FlowClient}), since a real browser does not send such events.
 */
@IntegrationTest
class ForgedEventAuditTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditService auditService;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    Clock clock;

    @Test
    void aClickOnADisabledButtonIsIgnoredAndRecordedOnce() {
        var audit = new TestAudit(auditService, systemAccess);
        Instant start = clock.instant();
        var page = new FlowClient(
                FlowClient.newHttpClient(), URI.create("http://localhost:" + port + "/"), (what, nanos, ok) -> {});
        page.signIn("officer", "officer-demo-2026");
        page.open("meetings/new", "");

        // "New counterpart" stays disabled until a country is chosen.
        var newCounterpart = page.button("New counterpart");
        page.click(newCounterpart, "forged click");

        assertThat(audit.byUser("officer", AuditAction.ACCESS_DENIED, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
                    assertThat(event.objectId()).isEqualTo("/meetings/new");
                    assertThat(event.details().note())
                            .isEqualTo("Ignored an action on a disabled or hidden control on the"
                                    + " page /meetings/new: 'click' event on a Button");
                });
    }
}
