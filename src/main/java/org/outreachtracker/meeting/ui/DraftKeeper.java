package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.meeting.UnsavedMeeting;
import org.outreachtracker.meeting.UnsavedMeetingService;
import org.outreachtracker.security.ui.IdleSessionTimer;

/**
 * Keeps a meeting form's unsaved input. While the form differs from what it was opened with,
 * the state is kept on the server as a draft a moment after the user stops typing (at least every
 * half minute while they type on), the browser asks before the tab is closed or reloaded, and
 * leaving through the application asks whether to keep a draft, discard the input or stay. When
 * the session is about to end for inactivity the draft is kept at once. The draft is offered back
 * the next time the user opens the same form, and is deleted when the meeting is saved.
 *
 * <p>The short wait runs in the browser (a timer that calls {@link #keepNow()}), so nothing on
 * the server waits; a status line says when the draft was last kept.
 */
class DraftKeeper extends Span {

    static final Duration QUIET = Duration.ofSeconds(2);
    static final Duration AT_LEAST_EVERY = Duration.ofSeconds(30);

    private final UnsavedMeetingService drafts;
    private final Long meetingId;
    private final MeetingForm form;
    private final Clock clock;
    private String baseline;
    private String kept;
    private Instant keptAt;
    private boolean guarding;
    private Registration idleListener;
    private Registration linkPressed;
    private Registration fieldLeft;

    DraftKeeper(UnsavedMeetingService drafts, Long meetingId, MeetingForm form, Clock clock) {
        this.drafts = drafts;
        this.meetingId = meetingId;
        this.form = form;
        this.clock = clock;
        addClassName("draft-status");
        getElement().setAttribute("role", "status");
        form.onChange(this::changed);
    }

    /** The form has been filled in as opened: what it shows now is not unsaved input. */
    void opened() {
        baseline = form.state().toJson();
    }

    /**
     * Offers the draft kept for this form, if any: restoring puts it into the form (which then
     * counts as unsaved), discarding deletes it.
     */
    void offerKept() {
        Optional<UnsavedMeeting> found = drafts.unsaved(meetingId);
        if (found.isEmpty()) {
            return;
        }
        MeetingFormState state = MeetingFormState.fromJson(found.get().content());
        if (state == null) {
            drafts.discard(meetingId);
            return;
        }
        String when = Formats.dateTime(found.get().savedAt());
        String country = state.countryId() == null ? null : form.countryName(state.countryId());
        var offer = new ConfirmDialog();
        offer.setId("restore-draft");
        offer.setHeader(Translations.text("meeting.draft.restore.header", when));
        boolean changedSince = meetingId != null
                && state.meetingVersion() != null
                && !state.meetingVersion().equals(form.meetingVersion());
        offer.setText(Translations.text(
                        meetingId == null ? "meeting.draft.restore.new" : "meeting.draft.restore.changes",
                        state.describe(country))
                + (changedSince ? " " + Translations.text("meeting.draft.restore.changedSince") : ""));
        offer.setConfirmText(Translations.text("meeting.draft.restore.confirm"));
        offer.addConfirmListener(event -> {
            form.restore(state);
            kept = state.toJson();
            keptAt = found.get().savedAt();
            changed();
            setText(Translations.text("meeting.draft.restored", when));
        });
        offer.setRejectable(true);
        offer.setRejectText(Translations.text("meeting.draft.restore.discard"));
        offer.setRejectButtonTheme("error tertiary");
        offer.addRejectListener(event -> drafts.discard(meetingId));
        offer.setCloseOnEsc(false);
        offer.open();
    }

    /** Whether the form holds input that is not saved (for a new meeting: input worth keeping). */
    boolean isDirty() {
        return baseline != null && unsaved(form.state()) != null;
    }

    /** The state as JSON when it is unsaved input, else null. */
    private String unsaved(MeetingFormState state) {
        String json = state.toJson();
        return json.equals(baseline) || meetingId == null && !state.hasContent() ? null : json;
    }

    /** Asks before the user leaves with unsaved input; leaves at once otherwise. */
    void confirmLeave(BeforeLeaveEvent event) {
        if (!isDirty()) {
            guard(false);
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog();
        confirm.setId("leave-unsaved");
        confirm.setHeader(
                Translations.text(meetingId == null ? "meeting.draft.leave.headerNew" : "meeting.draft.leave.header"));
        confirm.setText(
                Translations.text(meetingId == null ? "meeting.draft.leave.textNew" : "meeting.draft.leave.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(Translations.text("meeting.draft.leave.keepEditing"));
        // Cancelled explicitly, so that the browser's address and a second click on the same link work.
        confirm.addCancelListener(e -> action.cancel());
        confirm.setRejectable(true);
        confirm.setRejectText(Translations.text("meeting.draft.leave.discard"));
        confirm.setRejectButtonTheme("error tertiary");
        confirm.addRejectListener(e -> {
            discard();
            action.proceed();
        });
        confirm.setConfirmText(Translations.text("meeting.draft.leave.keep"));
        confirm.addConfirmListener(e -> {
            keepNow();
            guard(false);
            baseline = form.state().toJson();
            action.proceed();
        });
        confirm.open();
    }

    /** The meeting was saved (which deleted its draft). */
    void saved() {
        guard(false);
        baseline = form.state().toJson();
        kept = null;
    }

    /** Deletes the draft and forgets the input. */
    void discard() {
        drafts.discard(meetingId);
        kept = null;
        guard(false);
        baseline = form.state().toJson();
    }

    /** Keeps the draft now, if there is unsaved input not kept yet (also called by the browser's timer). */
    @ClientCallable
    void keepNow() {
        if (baseline == null) {
            return;
        }
        String now = unsaved(form.state());
        if (now == null || now.equals(kept)) {
            return;
        }
        try {
            keptAt = drafts.keep(meetingId, now);
            kept = now;
            setText(Translations.text("meeting.draft.kept", Formats.time(keptAt)));
        } catch (RuntimeException refused) {
            setText(Translations.text("meeting.draft.notKept"));
        }
    }

    private void changed() {
        if (baseline == null) {
            return;
        }
        if (unsaved(form.state()) == null) {
            guard(false);
            if (kept != null) {
                drafts.discard(meetingId);
                kept = null;
                setText("");
            }
            return;
        }
        guard(true);
        if (keptAt == null || Duration.between(keptAt, clock.instant()).compareTo(AT_LEAST_EVERY) >= 0) {
            keepNow();
        }
        getElement()
                .executeJs(
                        "clearTimeout(this.__keep); this.__keep = setTimeout(() => this.$server.keepNow(), $0)",
                        QUIET.toMillis());
    }

    /** Has the browser ask before the page is closed or reloaded, or stops it asking. */
    private void guard(boolean on) {
        if (on == guarding) {
            return;
        }
        guarding = on;
        UI ui = getUI().orElse(UI.getCurrent());
        if (ui == null) {
            return;
        }
        ui.getPage().executeJs("""
                if ($0) {
                  if (!window.__outreachUnsaved) {
                    window.__outreachUnsaved = e => { e.preventDefault(); e.returnValue = ''; };
                    window.addEventListener('beforeunload', window.__outreachUnsaved);
                  }
                } else if (window.__outreachUnsaved) {
                  window.removeEventListener('beforeunload', window.__outreachUnsaved);
                  window.__outreachUnsaved = null;
                }""", on);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        idleListener = ComponentUtil.addListener(event.getUI(), IdleSessionTimer.SigningOut.class, signingOut -> {
            keepNow();
            guard(false);
        });
        // Text typed a moment ago may not have reached the server yet: fields send it after a
        // pause, and the browser's Back or a menu link does not wait for that. Leaving a field and
        // pressing on a link send these events, and with them whatever is pending, so that leaving
        // is asked about with everything typed.
        fieldLeft = form.getElement().addEventListener("focusout", left -> {});
        linkPressed = event.getUI()
                .getElement()
                .addEventListener("mousedown", pressed -> {})
                .setFilter("event.composedPath().some(e => e.localName === 'a'"
                        + " || e.localName === 'vaadin-side-nav-item')");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (idleListener != null) {
            idleListener.remove();
            idleListener = null;
        }
        if (linkPressed != null) {
            linkPressed.remove();
            fieldLeft.remove();
            linkPressed = null;
        }
        guard(false);
    }
}
