package org.outreachtracker.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A follow-up created for a campaign and a country, outside any meeting. */
@IntegrationTest
class NewFollowUpDialogTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    FollowUpService followUps;

    @BeforeEach
    void signIn() {
        TestSignIn.as(users, "officer");
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void anOfficerAddsAFollowUpForADeskCountry() {
        UI.getCurrent().navigate("follow-ups");
        test($(Button.class).withText("New follow-up").single()).click();
        NewFollowUpDialog dialog = $(NewFollowUpDialog.class).single();
        String description = TestOutreach.unique("Send the brief to the ministry");

        assertThat(test(dialog.country).getSuggestions())
                .hasSize(7)
                .contains("Japan")
                .doesNotContain("Kenya");
        test($(Button.class).withId("save-follow-up").single()).click();
        assertThat(dialog.description.getErrorMessage()).isEqualTo("Describe what must happen.");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.campaign).selectItem(test(dialog.campaign).getSuggestions().getFirst());
        test(dialog.country).selectItem("Japan");
        test(dialog.description).setValue(description);
        test($(Button.class).withId("save-follow-up").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        var mine = followUps
                .search(FollowUpFilter.all().withStatuses(FollowUpStatus.OUTSTANDING), PageRequest.of(0, 500))
                .getContent();
        FollowUpRef created = mine.stream()
                .filter(f -> f.description().equals(description))
                .findFirst()
                .orElseThrow();
        assertThat(created.meetingId()).isNull();
        assertThat(created.status()).isEqualTo(FollowUpStatus.OPEN);
        followUps.changeStatus(created.id(), created.version(), FollowUpStatus.CANCELLED, "Test finished.");
    }
}
