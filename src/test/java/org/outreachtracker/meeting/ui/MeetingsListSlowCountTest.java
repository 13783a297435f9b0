package org.outreachtracker.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.BackgroundUpdates;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.search.SearchIndex;
import org.outreachtracker.search.SearchIndexes;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The meetings list when counting its matches may take seconds (here every word counts as
 * common, as a word most of a million meetings hold would): the first page shows at once, and
 * the total when the count in the background ends, for the filter shown at that moment.
 */
@IntegrationTest
@Import(MeetingsListSlowCountTest.EveryWordCommon.class)
class MeetingsListSlowCountTest extends SpringBrowserlessTest {

    @TestConfiguration
    static class EveryWordCommon {

        @Bean
        @Primary
        SearchIndex everyWordCommonSearch(ApplicationContext context) {
            return SearchIndexes.everyWordCommon(context);
        }
    }

    @Autowired
    UserDetailsService users;

    @Autowired
    MeetingService meetings;

    @BeforeEach
    void signIn() {
        TestSignIn.as(users, "manager");
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void theFirstPageShowsAtOnceAndTheTotalFollows() {
        long expected = meetings.count(text("ministry"));
        assertThat(expected).as("demo meetings that mention a ministry").isGreaterThan(1);
        assertThat(meetings.countMayTakeLong(text("ministry"))).isTrue();

        UI.getCurrent().navigate("meetings", QueryParameters.of("q", "ministry"));
        // Read before any query of the test runs the UI's queue, where the count's end waits (as
        // it does during the request that opened the list).
        Span total = ((MeetingsView) UI.getCurrent().getCurrentView()).shownTotal;
        assertThat(total.getText()).isEqualTo("Counting the meetings…");
        assertThat(test(grid()).getRow(0))
                .as("the first page, before the count")
                .isNotNull();

        BackgroundUpdates.waitUntil("the count", () -> !total.getText().startsWith("Counting"));
        assertThat(total.getText()).isEqualTo(meetingsText(expected));
        assertThat(test(grid()).size()).isEqualTo((int) expected);
    }

    @Test
    void aSearchChangedWhileCountingShowsTheCountOfTheNewSearch() {
        long first = meetings.count(text("ministry"));
        long changed = meetings.count(text("ministry foreign"));
        assertThat(changed).as("a narrower search").isLessThan(first).isPositive();

        UI.getCurrent().navigate("meetings", QueryParameters.of("q", "ministry"));
        test($(TextField.class).withCaption("Search").single()).setValue("ministry foreign");

        Span total = $(Span.class).withClassName("result-count").single();
        BackgroundUpdates.waitUntil("the count", () -> !total.getText().startsWith("Counting"));
        assertThat(total.getText()).isEqualTo(meetingsText(changed));
        assertThat(test(grid()).size()).isEqualTo((int) changed);
    }

    @Test
    void aListWithoutSearchWordsIsCountedAtOnce() {
        UI.getCurrent().navigate("meetings");
        Span total = $(Span.class).withClassName("result-count").single();
        assertThat(total.getText()).isEqualTo(meetingsText(meetings.count(MeetingFilter.none())));
    }

    @SuppressWarnings("unchecked")
    private Grid<org.outreachtracker.meeting.MeetingRow> grid() {
        return $(Grid.class).single();
    }

    private static MeetingFilter text(String text) {
        return new MeetingFilter(null, null, null, null, null, false, null, null, text, null, null);
    }

    private static String meetingsText(long count) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count) + (count == 1 ? " meeting" : " meetings");
    }
}
