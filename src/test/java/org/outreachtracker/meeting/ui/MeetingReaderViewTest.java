package org.outreachtracker.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.UnsavedDrafts;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A saved meeting opened by someone who may read it but not change it, and by someone who may. */
@IntegrationTest
class MeetingReaderViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeetingService meetings;

    @Autowired
    CurrentUser currentUser;

    @BeforeEach
    void clearDrafts() {
        UnsavedDrafts.clear(jdbc);
    }

    @AfterEach
    void signOut() {
        UnsavedDrafts.clear(jdbc);
        TestSignIn.anonymous();
    }

    @Test
    void aReaderGetsASummaryWithoutFormFieldsOrEditHints() {
        TestSignIn.as(users, "officer2");
        MeetingDetails others = meetings.meeting(meetings.search(
                                MeetingFilter.none()
                                        .withReporter(currentUser.require().id()),
                                PageRequest.of(0, 1))
                        .getContent()
                        .getFirst()
                        .id())
                .orElseThrow();
        TestSignIn.as(users, "officer");

        UI.getCurrent().navigate("meetings/" + others.id());

        assertThat($(MeetingForm.class).exists()).isFalse();
        assertThat($(TextArea.class).exists()).isFalse();
        assertThat($(Button.class).withText("Save changes").exists()).isFalse();
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page)
                .contains(others.summary())
                .contains(Formats.date(others.meetingDate()))
                .contains(others.deliveredBy())
                .contains("Only the officer who reported it or a manager can change it.")
                .doesNotContain("Pick from the directory")
                .doesNotContain("characters");
    }

    @Test
    void whoMayEditGetsTheForm() {
        TestSignIn.as(users, "officer");
        long own = meetings.search(
                        MeetingFilter.none().withReporter(currentUser.require().id()), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();

        UI.getCurrent().navigate("meetings/" + own);

        assertThat($(MeetingForm.class).single().summary.isReadOnly()).isFalse();
        assertThat($(Button.class).withText("Save changes").exists()).isTrue();
    }
}
