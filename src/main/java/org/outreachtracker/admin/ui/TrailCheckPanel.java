package org.outreachtracker.admin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.text.NumberFormat;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.TrailCheck;
import org.outreachtracker.audit.TrailProgress;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Check the trail": verifies every seal of the audit trail away from the page's request, as the
 * administrator who asked, showing how many events have been checked, and then either that the
 * trail is intact or its first broken link (which event, and what is wrong with it).
 */
class TrailCheckPanel extends Composite<Div> {

    private static final Logger log = LoggerFactory.getLogger(TrailCheckPanel.class);
    private static final int POLL_MILLIS = 500;
    private static final long REPORT_EVERY_MILLIS = 250;

    final Button check = new Button(getTranslation("admin.trail.check"), VaadinIcon.SHIELD.create());
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final SystemAccess systemAccess;
    private volatile boolean attached;

    TrailCheckPanel(AuditService audit, CurrentUser currentUser, SystemAccess systemAccess) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.systemAccess = systemAccess;
        var intro = new Span(getTranslation("admin.trail.intro"));
        intro.addClassName("trail-check-intro");
        intro.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        check.addClickListener(event -> start());
        check.setDisableOnClick(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("admin.trail.progress"));
        status.addClassName("trail-check-status");
        status.getElement().setAttribute("role", "status");
        status.getStyle().set("margin", "0");
        var row = new Div(check, intro);
        row.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "center")
                .set("gap", "var(--lumo-space-m)");
        getContent().addClassName("trail-check");
        getContent().add(row, progress, status);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attached = true;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        attached = false;
    }

    private void start() {
        UI ui = UI.getCurrent();
        String username = currentUser.require().username();
        progress.setVisible(true);
        progress.setIndeterminate(true);
        status.removeClassNames("trail-intact", "trail-broken");
        status.setText(getTranslation("admin.trail.checking"));
        ui.setPollInterval(POLL_MILLIS);
        long[] lastReport = {0};
        TrailProgress report = (checked, total) -> {
            long now = System.currentTimeMillis();
            if (attached && now - lastReport[0] >= REPORT_EVERY_MILLIS) {
                lastReport[0] = now;
                ui.access(() -> running(checked, total));
            }
        };
        Thread.ofVirtual().name("audit-trail-check").start(() -> {
            try {
                TrailCheck result = systemAccess.asUser(username, () -> audit.verify(report));
                ui.access(() -> ended(result));
            } catch (RuntimeException failed) {
                log.warn("The check of the audit trail failed", failed);
                ui.access(() -> failed());
            }
        });
    }

    private void running(long checked, long total) {
        if (total > 0) {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, (double) checked / total));
        }
        status.setText(getTranslation("admin.trail.checkingCount", number(checked), number(total)));
    }

    private void ended(TrailCheck result) {
        finish();
        status.addClassName(result.intact() ? "trail-intact" : "trail-broken");
        if (!result.intact()) {
            status.setText(
                    getTranslation("admin.trail.broken", result.firstBreak().explanation()));
        } else if (result.lastNumber() > 0) {
            status.setText(getTranslation(
                    "admin.trail.intactWithSeal",
                    String.valueOf(result.checked()),
                    String.valueOf(result.lastNumber()),
                    result.lastHash(),
                    result.checked()));
        } else {
            status.setText(getTranslation("admin.trail.intact", String.valueOf(result.checked()), result.checked()));
        }
    }

    private void failed() {
        finish();
        status.addClassName("trail-broken");
        status.setText(getTranslation("admin.trail.failed"));
    }

    private void finish() {
        progress.setVisible(false);
        check.setEnabled(true);
        UI.getCurrent().setPollInterval(-1);
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(Formats.locale()).format(value);
    }
}
