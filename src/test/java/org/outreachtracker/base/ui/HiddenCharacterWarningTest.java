package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** A field whose text holds an invisible character says so under the field, and offers to remove it. */
class HiddenCharacterWarningTest {

    @Test
    void anOverrideTypedIntoAFieldIsNamedUnderItAndCanBeRemoved() {
        var name = new TextField("Name");
        name.setHelperText("As the person writes it");
        HiddenCharacterWarning warning = HiddenCharacterWarning.watch(name);
        assertThat(name.getHelperComponent()).isNull();

        name.setValue("Report\u202Etxt.exe");

        assertThat(name.getHelperComponent()).isSameAs(warning);
        assertThat(warning.text())
                .isEqualTo(
                        "This text holds an invisible character: right-to-left override (U+202E)."
                                + " Cable drafts, exports and briefs show it as [U+202E]. Remove it unless you meant to type it.");
        assertThat(warning.getElement().getTextRecursively())
                .as("the field's own helper text stays")
                .startsWith("As the person writes it");
        assertThat(warning.remove.getText()).isEqualTo("Remove it");

        ComponentUtil.fireEvent(warning.remove, new ClickEvent<>(warning.remove));

        assertThat(name.getValue()).isEqualTo("Reporttxt.exe");
        assertThat(name.getHelperComponent()).isNull();
        assertThat(name.getHelperText()).isEqualTo("As the person writes it");
        assertThat(warning.text()).isEmpty();
    }

    @Test
    void severalCharactersAreCountedAndAFieldsChangingHelperTextKeepsShowing() {
        var summary = new TextArea("Summary");
        summary.setHelperText("0 of 10,000 characters");
        HiddenCharacterWarning warning = HiddenCharacterWarning.watch(summary);

        summary.setValue("Agreed\u200B to\u2066 follow\u200B up");
        summary.setHelperText("24 of 10,000 characters");

        assertThat(warning.text())
                .startsWith(
                        "This text holds 3 invisible characters: zero-width space (U+200B),"
                                + " left-to-right isolate (U+2066). Cable drafts, exports and briefs show them as [U+200B] [U+2066].");
        assertThat(warning.getElement().getTextRecursively()).startsWith("24 of 10,000 characters");
        assertThat(warning.remove.getText()).isEqualTo("Remove them");
    }

    @Test
    void joinersThatBelongToTheWritingRaiseNoWarning() {
        var name = new TextField("Name");
        HiddenCharacterWarning warning = HiddenCharacterWarning.watch(name);

        name.setValue("می\u200Cخواهم \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67");

        assertThat(warning.text()).isEmpty();
        assertThat(name.getHelperComponent()).isNull();
    }
}
