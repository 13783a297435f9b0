package org.outreachtracker.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.counterpart.ui.CounterpartsView;
import org.outreachtracker.coverage.ui.CoverageView;
import org.outreachtracker.coverage.ui.DashboardView;
import org.outreachtracker.exchange.ImportOutcome;
import org.outreachtracker.exchange.ImportRow;
import org.outreachtracker.followup.ui.FollowUpsView;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.ui.MeetingView;
import org.outreachtracker.meeting.ui.MeetingsView;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The export links, the import dialog, the cable draft and the country brief, as users meet them. */
@IntegrationTest
class ExchangeViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    CounterpartService counterparts;
    @Autowired
    MeetingService meetings;

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

    @Test
    void importShowsAPreviewAndCreatesOnlyTheNewCounterpartsWhenConfirmed() {
        TestSignIn.as(users, "officer");
        String name = TestOutreach.unique("Importee");
        navigate(CounterpartsView.class);
        test($(Button.class).withText("Import").single()).click();
        var dialog = $(CounterpartImportDialog.class).single();
        assertThat(dialog.confirm.isEnabled()).isFalse();

        String file = "Name,Title,Organization,Country,Level\n" + name + ",Adviser,Ministry of Tests,AU,Other\n"
                + name + " Elsewhere,Adviser,Ministry of Tests,BR,Other\n";
        test(dialog.upload).upload("people.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.summary.getText()).isEqualTo("people.csv: 1 new, 0 already in the directory, 1 rejected.");
        List<ImportRow> rows = test(dialog.preview).size() == 2
                ? List.of(test(dialog.preview).getRow(0), test(dialog.preview).getRow(1)) : List.of();
        assertThat(rows).extracting(ImportRow::outcome).containsExactly(ImportOutcome.CREATE, ImportOutcome.REJECT);
        assertThat(rows.get(1).reason()).isEqualTo("Brazil is not one of your desk countries.");
        assertThat(directory(name)).as("nothing saved before the confirmation").isZero();
        assertThat(dialog.confirm.getText()).isEqualTo("Import 1 new counterpart");

        test(dialog.confirm).click();
        waitFor(() -> directory(name) == 1);
        waitFor(() -> {
            MockVaadin.runUIQueue();
            return !dialog.isOpened();
        });
        assertThat(directory(name + " Elsewhere")).isZero();
    }

    @Test
    void aFileOverTheSizeLimitOrWithWrongColumnsIsRefusedWithAClearMessage() {
        TestSignIn.as(users, "manager");
        navigate(CounterpartsView.class);
        test($(Button.class).withText("Import").single()).click();
        var dialog = $(CounterpartImportDialog.class).single();

        test(dialog.upload).upload("huge.csv", "text/csv", new byte[50 * 1024 * 1024]);
        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).startsWith("Nothing can be imported from this file.")
                .contains("5 MB");
        assertThat(dialog.preview.isVisible()).isFalse();
        assertThat(dialog.confirm.isEnabled()).isFalse();

        test(dialog.upload).upload("people.csv", "text/csv", "Who,What\nA,B\n".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.problem.getText()).contains("missing").contains("\"Who\", \"What\" are not known");
        assertThat(dialog.confirm.isEnabled()).isFalse();
    }

    @Test
    void aMeetingOffersItsCableDraftAndItsCountrysBrief() {
        TestSignIn.as(users, "officer2");
        long id = meetings.search(MeetingFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id();
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);

        test($(Button.class).withText("Cable draft").single()).click();
        var dialog = $(CableDraftDialog.class).single();
        assertThat(dialog.text.getValue()).startsWith("UNCLASSIFIED").contains("SUBJECT: ").contains("1. SUMMARY: ")
                .contains("COMMENT: ");
        assertThat(dialog.text.isReadOnly()).isTrue();
        assertThat($(Anchor.class).all()).extracting(a -> a.getElement().getAttribute("aria-label"))
                .contains("Download the cable draft as a .txt file");
        dialog.close();

        Anchor brief = $(Anchor.class).withClassName("brief-link").single();
        assertThat(brief.getHref()).matches("countries/[A-Z]{2}/brief");
    }

    @Test
    void theCountryBriefShowsItsFourSectionsAndAnUnknownCodeSaysSo() {
        TestSignIn.as(users, "officer");
        UI.getCurrent().navigate("countries/JP/brief");
        assertThat(getCurrentView()).isInstanceOf(CountryBriefView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Japan");
        assertThat($(H3.class).all()).extracting(H3::getText).anySatisfy(t -> assertThat(t).startsWith("Status in each campaign"))
                .anySatisfy(t -> assertThat(t).startsWith("Latest meetings"))
                .anySatisfy(t -> assertThat(t).startsWith("Counterparts and their positions"))
                .anySatisfy(t -> assertThat(t).startsWith("Open follow-ups"));
        assertThat($(Button.class).withText("Print").exists()).isTrue();
        assertThat($(Anchor.class).id("brief-pdf").getHref()).startsWith("VAADIN/dynamic/resource/");

        UI.getCurrent().navigate("countries/ZZ/brief");
        assertThat($(H2.class).single().getText()).isEqualTo("Country not found");
    }

    private void assertExportLinks() {
        var buttons = $(ExportButtons.class).single();
        List<Anchor> links = $(Anchor.class, buttons).all();
        assertThat(links).extracting(a -> a.getElement().getAttribute("aria-label"))
                .allSatisfy(label -> assertThat(label).startsWith("Export ").matches(".* as (CSV|Excel)"));
        assertThat(links).hasSize(2).allSatisfy(link -> {
            assertThat(link.getHref()).startsWith("VAADIN/dynamic/resource/");
            assertThat(link.getElement().hasAttribute("download")).isTrue();
        });
    }

    private long directory(String text) {
        return counterparts.count(new CounterpartFilter(text, null, null));
    }

    /** Waits (up to a minute) for work done in the background to show. */
    private static void waitFor(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("the background work to finish within a minute").isBefore(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // polling
        }
    }
}
