package org.outreachtracker.counterpart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.BackgroundUpdates;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.counterpart.ImportOutcome;
import org.outreachtracker.counterpart.ImportRow;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The counterpart import dialog as users meet it: a preview first, then only the new counterparts saved. */
@IntegrationTest
class CounterpartImportDialogTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    CounterpartService counterparts;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void importShowsAPreviewAndCreatesOnlyTheNewCounterpartsWhenConfirmed() {
        TestSignIn.as(users, "officer");
        String name = TestOutreach.unique("Importee");
        navigate(CounterpartsView.class);
        test($(Button.class).withText("Import").single()).click();
        var dialog = $(CounterpartImportDialog.class).single();
        assertThat(dialog.confirm.isEnabled()).isFalse();

        String file = "Name,Title,Organization,Country,Level\n" + name + ",Adviser,Ministry of Tests,AU,Other\n" + name
                + " Elsewhere,Adviser,Ministry of Tests,BR,Other\n";
        test(dialog.upload).upload("people.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.summary.getText()).isEqualTo("people.csv: 1 new, 0 already in the directory, 1 rejected.");
        List<ImportRow> rows = test(dialog.preview).size() == 2
                ? List.of(test(dialog.preview).getRow(0), test(dialog.preview).getRow(1))
                : List.of();
        assertThat(rows).extracting(ImportRow::outcome).containsExactly(ImportOutcome.CREATE, ImportOutcome.REJECT);
        assertThat(rows.get(1).reason()).isEqualTo("Brazil is not one of your desk countries.");
        assertThat(directory(name)).as("nothing saved before the confirmation").isZero();
        assertThat(dialog.confirm.getText()).isEqualTo("Import 1 new counterpart");

        test(dialog.confirm).click();
        BackgroundUpdates.waitUntil("the import to finish and close its dialog", () -> !dialog.isOpened());
        assertThat(directory(name)).as("the new counterpart, saved once").isEqualTo(1);
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
        assertThat(dialog.problem.getText())
                .startsWith("Nothing can be imported from this file.")
                .contains("5 MB");
        assertThat(dialog.preview.isVisible()).isFalse();
        assertThat(dialog.confirm.isEnabled()).isFalse();

        test(dialog.upload).upload("people.csv", "text/csv", "Who,What\nA,B\n".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.problem.getText()).contains("missing").contains("\"Who\", \"What\" are not known");
        assertThat(dialog.confirm.isEnabled()).isFalse();
    }

    private long directory(String text) {
        return counterparts.count(new CounterpartFilter(text, null, null));
    }
}
