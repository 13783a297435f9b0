package org.outreachtracker.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.SignedInAs;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryDetails;
import org.outreachtracker.reference.CountryFilter;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.PostSummary;
import org.outreachtracker.reference.ReferenceAdminService;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** An administrator maintains posts and bureaus through the two admin pages. */
@IntegrationTest
@SignedInAs("admin")
class ReferenceAdminViewsTest extends SpringBrowserlessTest {

    @Autowired
    ReferenceService reference;

    @Autowired
    ReferenceAdminService admin;

    @Test
    void anAdministratorAddsAPostPickingItsCountriesByBureauThenRenamesAndClosesIt() {
        var view = navigate("admin/posts", PostsView.class);
        long postsBefore = test(view.grid).size();
        String name = TestOutreach.unique("Embassy Test");
        String code =
                "EMB-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);

        test(view.create).click();
        var dialog = (PostDialog) $(Dialog.class).single();
        var form = dialog.form;
        test(form.code).setValue(code);
        test(form.name).setValue(name);
        test(form.type).selectItem("Embassy");
        test(form.city).setValue("Vaduz");
        test(form.hostCountry).selectItem("Liechtenstein");
        assertThat(form.covered.chooser.count.getText())
                .as("the host country is added")
                .isEqualTo("1 country covered");

        test(form.covered.chooser.bureau).selectItem("Europe & Eurasia");
        test(form.covered.chooser.addBureau).click();
        long european = reference.countries().stream()
                .filter(c -> c.bureauCode().equals("EUR") && c.isState())
                .count();
        assertThat(form.covered.chooser.count.getText()).isEqualTo(european + " countries covered");
        test(form.covered.chooser.addOthers).click();
        long withOthers = reference.countries().stream()
                .filter(c -> c.bureauCode().equals("EUR"))
                .count();
        assertThat(withOthers).isGreaterThan(european);
        assertThat(form.covered.chooser.count.getText()).isEqualTo(withOthers + " countries covered");
        test(form.covered.chooser.removeBureau).click();
        assertThat(form.covered.chooser.count.getText()).startsWith("No countries yet.");
        test(form.covered.chooser.countries).selectItem("Liechtenstein", "San Marino");
        assertThat(form.covered.chooser.count.getText()).isEqualTo("2 countries covered");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(postsBefore + 1);
        PostSummary row = findRow(view, name);
        assertThat(row.code()).isEqualTo(code);
        assertThat(row.hostCountryName()).isEqualTo("Liechtenstein");
        assertThat(row.coveredCount()).isEqualTo(2);
        assertThat(offeredFor("LI")).contains(name);
        assertThat(offeredFor("SM")).contains(name);

        // Rename it.
        String renamed = name + " Annex";
        test(view.grid).select(0);
        dialog = (PostDialog) $(Dialog.class).single();
        assertThat(dialog.form.name.getValue()).isEqualTo(name);
        assertThat(dialog.form.covered.chooser.count.getText()).isEqualTo("2 countries covered");
        test(dialog.form.name).setValue(renamed);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(findRow(view, renamed).name()).isEqualTo(renamed);

        // Close it: it stays in the list, marked closed, and is no longer offered for meetings.
        test(view.grid).select(0);
        dialog = (PostDialog) $(Dialog.class).single();
        test(dialog.form.active).click();
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(view.grid).getCellText(0, test(view.grid).getColumnPosition("status")))
                .isEqualTo("Closed");
        assertThat(offeredFor("LI")).doesNotContain(renamed);
        assertThat(offeredFor("SM")).doesNotContain(renamed);
    }

    @Test
    void anEmptyNameIsReportedNextToTheFieldAndNothingIsSaved() {
        var view = navigate("admin/posts", PostsView.class);
        long postsBefore = admin.countPosts(view.filter());

        test(view.create).click();
        var dialog = (PostDialog) $(Dialog.class).single();
        test(dialog.form.code).setValue("EMB-NAMELESS");
        test(dialog.form.type).selectItem("Embassy");
        test(dialog.form.city).setValue("Nowhere");
        test(dialog.form.hostCountry).selectItem("Liechtenstein");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.name.isInvalid()).isTrue();
        assertThat(dialog.form.name.getErrorMessage()).isEqualTo("Enter the name.");
        assertThat(dialog.form.code.getValue()).isEqualTo("EMB-NAMELESS");
        dialog.close();
        assertThat(admin.countPosts(view.filter())).isEqualTo(postsBefore);
    }

    @Test
    void anEmbassyNotCoveringItsHostCountryIsToldNextToTheCountries() {
        navigate("admin/posts", PostsView.class);
        test($(Button.class).withText("New post").single()).click();
        var dialog = (PostDialog) $(Dialog.class).single();
        test(dialog.form.code).setValue("EMB-UNCOVERED");
        test(dialog.form.name).setValue(TestOutreach.unique("Embassy Uncovered"));
        test(dialog.form.type).selectItem("Embassy");
        test(dialog.form.city).setValue("Vaduz");
        test(dialog.form.hostCountry).selectItem("Liechtenstein");
        test(dialog.form.covered.chooser.countries).selectItem("San Marino");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.covered.isInvalid()).isTrue();
        assertThat(dialog.form.covered.getErrorMessage())
                .isEqualTo("An embassy or consulate covers its host country: add it here.");

        test(dialog.form.type).selectItem("Mission");
        assertThat(dialog.form.covered.isInvalid())
                .as("a mission need not cover its host country")
                .isFalse();
        dialog.close();
    }

    @Test
    void aCodeInUseIsRefusedAndTheInputStays() {
        var view = navigate("admin/posts", PostsView.class);
        String name = TestOutreach.unique("Embassy Second Paris");
        test(view.create).click();
        var dialog = (PostDialog) $(Dialog.class).single();
        test(dialog.form.code).setValue("emb-paris");
        test(dialog.form.name).setValue(name);
        test(dialog.form.type).selectItem("Embassy");
        test(dialog.form.city).setValue("Paris");
        test(dialog.form.hostCountry).selectItem("France");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("The code EMB-PARIS is already used by Embassy Paris. Choose another code.");
        assertThat(dialog.form.name.getValue()).isEqualTo(name);
        dialog.close();
    }

    @Test
    void anAdministratorMovesACountryToAnotherBureau() {
        CountryRef nauru = reference.countryByCode("NR").orElseThrow();
        BureauRef before = reference.bureaus().stream()
                .filter(r -> r.id() == nauru.bureauId())
                .findFirst()
                .orElseThrow();
        var view = navigate("admin/countries", CountriesView.class);
        try {
            test(view.search).setValue("nauru");
            GridTester<Grid<CountryDetails>, CountryDetails> grid = test(view.grid);
            assertThat(grid.size()).isEqualTo(1);
            assertThat(view.total.getText()).isEqualTo("1 country · select one to change its bureau");
            assertThat(grid.getCellText(0, grid.getColumnPosition("alpha3"))).isEqualTo("NRU");
            assertThat(grid.getCellText(0, grid.getColumnPosition("bureau"))).isEqualTo(before.name());

            grid.select(0);
            var dialog = (BureauDialog) $(Dialog.class).single();
            assertThat(dialog.bureau.getValue()).isEqualTo(before);
            test(dialog.bureau).selectItem("Africa");
            test(dialog.save).click();

            assertThat(dialog.isOpened()).isFalse();
            assertThat(grid.getCellText(0, grid.getColumnPosition("bureau"))).isEqualTo("Africa");
            assertThat(reference.countryByCode("NR").orElseThrow().bureauCode()).isEqualTo("AF");
            test(view.bureau).selectItem("Africa");
            assertThat(grid.size()).as("Nauru under Africa").isEqualTo(1);
        } finally {
            CountryDetails now = admin.searchCountries(new CountryFilter("nauru", null), PageRequest.of(0, 1))
                    .getFirst();
            admin.changeBureau(now.id(), now.version(), before.id());
        }
        assertThat(reference.countryByCode("NR").orElseThrow().bureauId()).isEqualTo(before.id());
    }

    private PostSummary findRow(PostsView view, String name) {
        test(view.search).setValue(name);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.total.getText()).isEqualTo("1 post · select one to edit it or close it");
        return test(view.grid).getRow(0);
    }

    private java.util.List<String> offeredFor(String countryCode) {
        return reference
                .postsCovering(
                        reference.countryByCode(countryCode).orElseThrow().id())
                .stream()
                .map(PostRef::name)
                .toList();
    }
}
