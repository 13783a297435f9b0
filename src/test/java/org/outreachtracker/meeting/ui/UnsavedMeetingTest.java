package org.outreachtracker.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.UnsavedDrafts;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Leaving a meeting form with changes that are not saved. */
@IntegrationTest
class UnsavedMeetingTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        UnsavedDrafts.clear(jdbc);
        TestSignIn.as(users, "officer");
    }

    @AfterEach
    void signOut() {
        UnsavedDrafts.clear(jdbc);
        TestSignIn.anonymous();
    }

    @Test
    void leavingAHalfFilledFormAsksFirst() {
        UI.getCurrent().navigate("meetings/new");
        MeetingForm form = $(MeetingForm.class).single();
        test(form.summary).setValue("Half a summary, written before the phone rang");

        UI.getCurrent().navigate("meetings");

        assertThat(getCurrentView()).isInstanceOf(NewMeetingView.class);
        assertThat($(ConfirmDialog.class).single().isOpened()).isTrue();
        assertThat(form.summary.getValue()).isEqualTo("Half a summary, written before the phone rang");
    }

    @Test
    void cancelAsksFirstToo() {
        UI.getCurrent().navigate("meetings/new");
        MeetingForm form = $(MeetingForm.class).single();
        test(form.summary).setValue("Another half summary");

        test($(Button.class).withText("Cancel").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NewMeetingView.class);
        assertThat($(ConfirmDialog.class).single().isOpened()).isTrue();
    }

    @Test
    void anUntouchedFormIsLeftWithoutQuestions() {
        UI.getCurrent().navigate("meetings/new");

        UI.getCurrent().navigate("meetings");

        assertThat(getCurrentView()).isInstanceOf(MeetingsView.class);
    }
}
