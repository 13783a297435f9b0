package org.outreachtracker.counterpart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Duplicates as users meet them: a new name spelled like a listed one is pointed out while adding,
 * and a manager merges a pair from the list of possible duplicates and undoes it on the page kept.
 */
@IntegrationTest
class MergeViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void addingANameSpelledLikeAListedOneSaysSo() {
        var outreach = new TestOutreach(context);
        String name = TestOutreach.unique("Wang Wei");
        CounterpartRef listed = outreach.counterpart("JP", name);
        TestSignIn.as(users, "officer");
        navigate("counterparts", CounterpartsView.class);

        test($(Button.class).withText("New counterpart").single()).click();
        var dialog = (CounterpartDialog) $(Dialog.class).single();
        test(dialog.form.country).selectItem(outreach.country("JP").name());
        test(dialog.form.name).setValue(name.toUpperCase().replace("WANG WEI", "WEI,  WANG"));

        assertThat(dialog.likely.getElement().getTextRecursively())
                .startsWith("Possibly already in the directory")
                .contains(listed.describe());
        test(dialog.form.name).setValue(TestOutreach.unique("Somebody Else"));
        assertThat(dialog.likely.getChildren()).isEmpty();
    }

    @Test
    void aManagerMergesTwoPossibleDuplicatesAndUndoesItOnThePageKept() {
        var outreach = new TestOutreach(context);
        String name = TestOutreach.unique("Jürgen Schäfer");
        CounterpartRef first = outreach.counterpart("DE", name);
        long germany = first.countryId();
        CounterpartRef second = outreach.as(
                "manager",
                () -> counterparts.create(new CounterpartDraft(
                        name.replace("ü", "u").replace("ä", "a"),
                        "State Secretary",
                        "Federal Foreign Office",
                        germany,
                        CounterpartLevel.MINISTER)));
        TestSignIn.as(users, "manager");
        navigate("counterparts", CounterpartsView.class);

        test($(Button.class).withText("Possible duplicates").single()).click();
        var duplicates = (DuplicatesDialog) $(Dialog.class).single();
        ListItem secondItem = $(ListItem.class).from(duplicates).all().stream()
                .filter(item -> item.getElement().getTextRecursively().contains("State Secretary"))
                .findFirst()
                .orElseThrow();
        test($(Button.class).from(secondItem).single()).click();
        var merge = $(MergeDialog.class).single();
        test(merge.title).selectItem("State Secretary");
        test(merge.level).selectItem("Minister");
        test(merge.save).click();

        assertThat(merge.isOpened()).isFalse();
        CounterpartRef kept = outreach.as("manager", () -> counterparts.counterpart(first.id()))
                .orElseThrow();
        assertThat(kept.name()).isEqualTo(name);
        assertThat(kept.title()).isEqualTo("State Secretary");
        assertThat(kept.level()).isEqualTo(CounterpartLevel.MINISTER);
        assertThat(duplicates.getElement().getTextRecursively()).doesNotContain("State Secretary");

        UI.getCurrent().navigate("counterparts/" + second.id());
        assertThat($(Div.class).id("merged-notice").getElement().getTextRecursively())
                .startsWith("This record was merged into " + name);
        UI.getCurrent().navigate("counterparts/" + first.id());
        test($(Button.class).withText("Undo merge").single()).click();

        assertThat(outreach.as("manager", () -> counterparts.counterpart(first.id()))
                        .orElseThrow()
                        .title())
                .isEqualTo("Director of Testing");
        assertThat(outreach.as("manager", () -> counterparts.likelyDuplicates(second.toDraft())))
                .extracting(CounterpartRef::id)
                .containsExactly(first.id(), second.id());
        assertThat($(Button.class).withText("Undo merge").exists()).isFalse();
    }
}
