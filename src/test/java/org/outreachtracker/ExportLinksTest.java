package org.outreachtracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.ui.ExportButtons;
import org.outreachtracker.counterpart.ui.CounterpartsView;
import org.outreachtracker.coverage.ui.CoverageView;
import org.outreachtracker.coverage.ui.DashboardView;
import org.outreachtracker.followup.ui.FollowUpsView;
import org.outreachtracker.meeting.ui.MeetingsView;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The CSV and Excel export links on each list that offers them, as users meet them. */
@IntegrationTest
class ExportLinksTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void officersFindCsvAndExcelExportsOnTheMeetingsFollowUpsAndCounterpartsLists() {
        TestSignIn.as(users, "officer");
        for (var view : List.of(MeetingsView.class, FollowUpsView.class, CounterpartsView.class)) {
            navigate(view);
            assertExportLinks();
        }
    }

    @Test
    void managersFindExportsOnTheCoverageTableAndTheReactionMatrix() {
        TestSignIn.as(users, "manager");
        navigate(CoverageView.class);
        assertExportLinks();
        navigate(DashboardView.class);
        assertExportLinks();
        assertThat($(ExportButtons.class).single().getElement().getParent().getTextRecursively())
                .contains("Reactions to each talking point");
    }

    private void assertExportLinks() {
        var buttons = $(ExportButtons.class).single();
        List<Anchor> links = $(Anchor.class, buttons).all();
        assertThat(links)
                .extracting(a -> a.getElement().getAttribute("aria-label"))
                .allSatisfy(label -> assertThat(label).startsWith("Export ").matches(".* as (CSV|Excel)"));
        assertThat(links).hasSize(2).allSatisfy(link -> {
            assertThat(link.getHref()).startsWith("VAADIN/dynamic/resource/");
            assertThat(link.getElement().hasAttribute("download")).isTrue();
        });
    }
}
