package org.outreachtracker.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A meeting offers its reporting-cable draft and a link to its country's brief. */
@IntegrationTest
class CableDraftDialogTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    MeetingService meetings;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void aMeetingOffersItsCableDraftAndItsCountrysBrief() {
        TestSignIn.as(users, "officer2");
        long id = meetings.search(MeetingFilter.none(), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);

        test($(Button.class).withText("Cable draft").single()).click();
        var dialog = $(CableDraftDialog.class).single();
        assertThat(dialog.text.getValue())
                .startsWith("UNCLASSIFIED")
                .contains("SUBJECT: ")
                .contains("1. SUMMARY: ")
                .contains("COMMENT: ");
        assertThat(dialog.text.isReadOnly()).isTrue();
        assertThat($(Anchor.class).all())
                .extracting(a -> a.getElement().getAttribute("aria-label"))
                .contains("Download the cable draft as a .txt file");
        dialog.close();

        Anchor brief = $(Anchor.class).withClassName("brief-link").single();
        assertThat(brief.getHref()).matches("countries/[A-Z]{2}/brief");
    }
}
