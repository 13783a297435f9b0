package org.outreachtracker.security.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.AllowInert;
import org.outreachtracker.account.SecurityProperties;
import org.outreachtracker.security.SessionIdentity;

/**
 * Ends a signed-in session after a time without activity. A small script in the page watches
 * for activity (keys, mouse, touch, scrolling; in any tab of the application, through local
 * storage), tells the server now and then that the user is active, asks the server to warn
 * shortly before the limit, and to sign out at it. The warning offers to stay signed in.
 * Hidden with the HTML {@code hidden} attribute (not Vaadin's invisibility, which would stop
 * the calls from the page).
 */
public class IdleSessionTimer extends Div {

    /**
     * Run with the element as {@code this}; $0 idle limit, $1 warning before it, $2 keep-alive
     * interval, all in milliseconds.
     */
    private static final String SCRIPT = """
            const el = this, idle = $0, warnAt = $0 - $1, keepAlive = $2, key = 'outreach.lastActivity';
            if (el.__idleTimer) { el.__idleTimer.stop(); }
            const store = (time) => { try { localStorage.setItem(key, String(time)); } catch (e) { } };
            const shared = () => { try { return Number(localStorage.getItem(key)) || 0; } catch (e) { return 0; } };
            let last = Date.now(), lastPing = last, warned = false, ended = false;
            store(last);
            const activity = () => {
              if (warned || ended) { return; }
              const now = Date.now();
              last = now;
              store(now);
              if (now - lastPing >= keepAlive) { lastPing = now; el.$server.active(); }
            };
            const events = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'scroll'];
            events.forEach(type => document.addEventListener(type, activity, {capture: true, passive: true}));
            const tick = () => {
              if (ended) { return; }
              const idleFor = Date.now() - Math.max(last, shared());
              if (idleFor >= idle) {
                ended = true;
                el.$server.expire();
              } else if (!warned && idleFor >= warnAt) {
                warned = true;
                el.$server.warn();
              } else if (warned && idleFor < warnAt) {
                warned = false;
                el.$server.resumed();
              }
            };
            const interval = setInterval(tick, 1000);
            el.__idleTimer = {
              reset: () => { warned = false; last = Date.now(); lastPing = last; store(last); },
              stop: () => {
                clearInterval(interval);
                events.forEach(type => document.removeEventListener(type, activity, {capture: true}));
              }
            };
            """;

    private final SecurityProperties.Session rules;
    private final SessionIdentity currentUser;
    private Dialog warning;

    public IdleSessionTimer(SecurityProperties.Session rules, SessionIdentity currentUser) {
        this.rules = rules;
        this.currentUser = currentUser;
        setId("idle-session-timer");
        getElement().setAttribute("hidden", true);
        addAttachListener(event -> getElement()
                .executeJs(
                        SCRIPT,
                        rules.idleTimeout().toMillis(),
                        rules.warningBefore().toMillis(),
                        rules.keepAliveInterval().toMillis()));
        addDetachListener(event -> getElement().executeJs("this.__idleTimer && this.__idleTimer.stop()"));
    }

    /** The user is active: this request itself keeps the server's session alive. */
    @ClientCallable
    @AllowInert
    void active() {
        // Nothing else to do.
    }

    /** The limit is near: ask whether to stay signed in. */
    @ClientCallable
    @AllowInert
    void warn() {
        if (warning != null && warning.isOpened()) {
            return;
        }
        warning = warningDialog();
        warning.open();
    }

    /** Activity in another tab of the application: no need to warn any more. */
    @ClientCallable
    @AllowInert
    void resumed() {
        closeWarning();
    }

    /** The limit is reached: sign out (after telling the page, which may keep unsaved work). */
    @ClientCallable
    @AllowInert
    void expire() {
        closeWarning();
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new SigningOut(ui)));
        currentUser.signOutAfterIdle();
    }

    /**
     * Fired on the UI just before an idle session is signed out, while the user is still signed
     * in: a view with unsaved input keeps it now ({@code ComponentUtil.addListener(ui,
     * SigningOut.class, …)}) and lets the page go without asking.
     */
    public static class SigningOut extends ComponentEvent<UI> {
        public SigningOut(UI ui) {
            super(ui, false);
        }
    }

    private Dialog warningDialog() {
        var dialog = new Dialog();
        dialog.setId("idle-warning");
        dialog.setHeaderTitle(getTranslation("security.idle.title"));
        dialog.setWidth("min(30rem, 95vw)");
        dialog.setCloseOnOutsideClick(false);
        dialog.setCloseOnEsc(true);
        dialog.add(new Paragraph(getTranslation(
                "security.idle.warning",
                DurationWords.of(rules.warningBefore()),
                DurationWords.of(rules.idleTimeout().minus(rules.warningBefore())))));
        var stay = new Button(getTranslation("security.idle.stay"), event -> staySignedIn());
        stay.setId("stay-signed-in");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stay.addClickShortcut(Key.ENTER);
        var signOut = new Button(getTranslation("security.idle.signOut"), event -> {
            closeWarning();
            currentUser.signOut();
        });
        dialog.getFooter().add(signOut, stay);
        // Escape means "I am here" too.
        dialog.addDialogCloseActionListener(event -> staySignedIn());
        dialog.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                stay.focus();
            }
        });
        return dialog;
    }

    private void staySignedIn() {
        closeWarning();
        getElement().executeJs("this.__idleTimer && this.__idleTimer.reset()");
    }

    private void closeWarning() {
        if (warning != null) {
            warning.close();
            warning = null;
        }
    }
}
