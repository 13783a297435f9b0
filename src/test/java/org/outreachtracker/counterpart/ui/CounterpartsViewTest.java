package org.outreachtracker.counterpart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The counterpart directory as a desk officer and a manager use it. */
@IntegrationTest
class CounterpartsViewTest extends SpringBrowserlessTest {

    static final Set<String> OFFICER_DESK = Set.of("JP", "KR", "SG", "AU", "DE", "FR", "PL");

    @Autowired
    UserDetailsService users;

    @Autowired
    ReferenceService reference;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    MeetingService meetingService;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void searchingASurnameNarrowsTheDirectoryAndItsCount() {
        TestSignIn.as(users, "officer");
        var view = navigate("counterparts", CounterpartsView.class);
        GridTester<Grid<CounterpartRef>, CounterpartRef> grid = test(view.grid);
        int everyone = grid.size();
        assertThat(everyone).isGreaterThan(50);
        assertThat(view.total.getText()).isEqualTo(String.format("%,d counterparts", everyone));

        String name = grid.getRow(0).name();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        Button filtersToggle = $(Button.class).withText("Filters (0)").single();
        test($(TextField.class).withLabel("Search").single()).setValue(surname);
        assertThat(filtersToggle.getText())
                .as("the search stays in view on a phone: only the folded filters are counted")
                .isEqualTo("Filters (0)");
        view.level.setValue(CounterpartLevel.MINISTER);
        assertThat(filtersToggle.getText()).isEqualTo("Filters (1)");
        view.level.clear();

        int found = grid.size();
        assertThat(found).isBetween(1, everyone - 1);
        assertThat(view.total.getText()).isEqualTo(found == 1 ? "1 counterpart" : found + " counterparts");
        IntStream.range(0, found)
                .mapToObj(grid::getRow)
                .forEach(row -> assertThat(
                                (row.name() + " " + row.title() + " " + row.organization()).toLowerCase(Locale.ROOT))
                        .contains(surname.toLowerCase(Locale.ROOT)));
    }

    @Test
    void aDeskOfficerAddsACounterpartForOneOfTheirDeskCountries() {
        TestSignIn.as(users, "officer");
        var view = navigate("counterparts", CounterpartsView.class);
        String name = "Ilse Testperson " + UUID.randomUUID().toString().substring(0, 8);

        test($(Button.class).withText("New counterpart").single()).click();
        var dialog = $(Dialog.class).single();
        var country = $(ComboBox.class).from(dialog).withLabel("Country").single();
        List<String> deskNames = reference.countries().stream()
                .filter(c -> OFFICER_DESK.contains(c.code()))
                .map(CountryRef::name)
                .sorted()
                .toList();
        assertThat(test(country).getSuggestions()).containsExactlyInAnyOrderElementsOf(deskNames);

        test($(TextField.class).from(dialog).withLabel("Name").single()).setValue(name);
        test($(TextField.class).from(dialog).withLabel("Title").single()).setValue("Director for Digital Affairs");
        test($(TextField.class).from(dialog).withLabel("Organization").single())
                .setValue("Ministry of Foreign Affairs");
        test(country).selectItem(reference.countryByCode("JP").orElseThrow().name());
        test($(Select.class).from(dialog).withLabel("Level").single()).selectItem("Senior official");
        test($(Button.class).from(dialog).withText("Save").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        test(view.search).setValue(name);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).name()).isEqualTo(name);
        assertThat(view.total.getText()).isEqualTo("1 counterpart");
    }

    @Test
    void aPersonTheDirectoryAlreadyListsIsNotAddedTwice() {
        TestSignIn.as(users, "officer");
        var view = navigate("counterparts", CounterpartsView.class);
        List<Long> desk = reference.countries().stream()
                .filter(c -> OFFICER_DESK.contains(c.code()))
                .map(CountryRef::id)
                .toList();
        CounterpartRef listed = IntStream.range(0, test(view.grid).size())
                .mapToObj(test(view.grid)::getRow)
                .filter(c -> desk.contains(c.countryId()))
                .findFirst()
                .orElseThrow();
        CountryRef country = reference.countries().stream()
                .filter(c -> c.id() == listed.countryId())
                .findFirst()
                .orElseThrow();
        int before = test(view.grid).size();

        test($(Button.class).withText("New counterpart").single()).click();
        var dialog = (CounterpartDialog) $(Dialog.class).single();
        test(dialog.form.name).setValue(listed.name().toUpperCase(Locale.ROOT));
        test(dialog.form.title).setValue("Another title");
        test(dialog.form.organization).setValue(" " + listed.organization() + " ");
        test(dialog.form.country).selectItem(country.name());
        test(dialog.form.level).selectItem("Working level");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat($(com.vaadin.flow.component.notification.Notification.class)
                        .last()
                        .getElement()
                        .getProperty("text"))
                .startsWith("The directory already has " + listed.describe());
        dialog.close();
        assertThat(test(view.grid).size()).isEqualTo(before);
    }

    @Test
    void anEmptyNameIsReportedNextToTheFieldAndNothingIsSaved() {
        TestSignIn.as(users, "officer");
        var view = navigate("counterparts", CounterpartsView.class);
        String title = "Nameless envoy " + UUID.randomUUID().toString().substring(0, 8);

        test($(Button.class).withText("New counterpart").single()).click();
        var dialog = (CounterpartDialog) $(Dialog.class).single();
        test(dialog.form.title).setValue(title);
        test(dialog.form.organization).setValue("Cabinet Office");
        test(dialog.form.country)
                .selectItem(reference.countryByCode("FR").orElseThrow().name());
        test(dialog.form.level).selectItem("Working level");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.name.isInvalid()).isTrue();
        assertThat(dialog.form.name.getErrorMessage()).isEqualTo("Enter the name.");
        assertThat(dialog.form.title.getValue()).isEqualTo(title);
        dialog.close();
        test(view.search).setValue(title);
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void anOfficerMayEditOnlyDeskCounterpartsAndSeesTheirMeetings() {
        TestSignIn.as(users, "officer");
        Set<Long> desk = currentUser.deskCountryIds();
        var view = navigate("counterparts", CounterpartsView.class);
        GridTester<Grid<CounterpartRef>, CounterpartRef> grid = test(view.grid);
        int onDesk = indexOf(grid, row -> desk.contains(row.countryId()));
        int elsewhere = indexOf(
                grid,
                row -> !desk.contains(row.countryId())
                        && meetingService.count(MeetingFilter.none().withCounterpart(row.id())) > 0);
        long met = meetingService.count(
                MeetingFilter.none().withCounterpart(grid.getRow(elsewhere).id()));

        grid.select(elsewhere);
        var details = (CounterpartDetailsDialog) $(Dialog.class).single();
        assertThat(details.edit.isVisible())
                .as("Edit for another desk's counterpart")
                .isFalse();
        assertThat(details.getHeaderTitle()).isEqualTo(grid.getRow(elsewhere).name());
        var meetings = test($(Grid.class).from(details).single());
        assertThat(meetings.size()).isEqualTo((int) met);
        var link = (Anchor) meetings.getCellComponent(0, "date");
        assertThat(link.getHref()).matches("meetings/\\d+");
        details.close();

        grid.select(onDesk);
        details = (CounterpartDetailsDialog) $(Dialog.class).single();
        assertThat(details.edit.isVisible()).as("Edit for a desk counterpart").isTrue();
    }

    @Test
    void aManagerMayEditAnyCounterpart() {
        TestSignIn.as(users, "manager");
        var view = navigate("counterparts", CounterpartsView.class);
        assertThat($(Button.class).withText("New counterpart").single().isVisible())
                .isTrue();
        test(view.grid).select(0);

        var details = (CounterpartDetailsDialog) $(Dialog.class).single();
        assertThat(details.edit.isVisible()).isTrue();
    }

    private static int indexOf(
            GridTester<Grid<CounterpartRef>, CounterpartRef> grid,
            java.util.function.Predicate<CounterpartRef> wanted) {
        return IntStream.range(0, grid.size())
                .filter(i -> wanted.test(grid.getRow(i)))
                .findFirst()
                .orElseThrow();
    }
}
