package org.outreachtracker.counterpart.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartMergeRef;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;

/**
 * Merges two entries of the directory into one. The manager picks the record kept (its number and
 * links stay) and, field by field, which value it keeps; a field both records agree on is not asked.
 * Every meeting of the other record moves to the one kept, and the merge can be undone from the
 * page of the record kept.
 */
class MergeDialog extends EditDialog {

    final RadioButtonGroup<CounterpartRef> keep = new RadioButtonGroup<>(Translations.text("counterpart.merge.keep"));
    final RadioButtonGroup<String> name = new RadioButtonGroup<>(Translations.text("counterpart.merge.name"));
    final RadioButtonGroup<String> title = new RadioButtonGroup<>(Translations.text("counterpart.merge.jobTitle"));
    final RadioButtonGroup<String> organization =
            new RadioButtonGroup<>(Translations.text("counterpart.merge.organization"));
    final RadioButtonGroup<CounterpartLevel> level =
            new RadioButtonGroup<>(Translations.text("counterpart.merge.level"));

    /** @param onMerged told about the merge after the dialog closed */
    MergeDialog(
            CounterpartService service,
            CounterpartRef first,
            CounterpartRef second,
            Function<Long, String> meetingsOf,
            Consumer<CounterpartMergeRef> onMerged) {
        super(
                Translations.text("counterpart.merge.title"),
                Translations.text("counterpart.merge.save"),
                "min(44rem, 100vw)");
        addClassName("merge-dialog");
        keep.setItems(first, second);
        keep.setItemLabelGenerator(
                c -> getTranslation("counterpart.merge.keep.item", c.describe(), meetingsOf.apply(c.id())));
        keep.setValue(first);
        keep.setHelperText(getTranslation("counterpart.merge.keep.helper"));
        choices(name, first.name(), second.name());
        choices(title, first.title(), second.title());
        choices(organization, first.organization(), second.organization());
        level.setItems(
                first.level() == second.level() ? List.of(first.level()) : List.of(first.level(), second.level()));
        level.setItemLabelGenerator(CounterpartLabels::level);
        level.setValue(first.level());
        for (RadioButtonGroup<?> field : List.of(name, title, organization, level)) {
            field.addClassName("merge-choice");
        }
        add(new Paragraph(getTranslation("counterpart.merge.intro")), keep, name, title, organization, level);
        onSave(
                () -> Optional.of(new CounterpartDraft(
                        name.getValue(),
                        title.getValue(),
                        organization.getValue(),
                        keep.getValue().countryId(),
                        level.getValue())),
                kept -> {
                    CounterpartRef survivor = keep.getValue();
                    CounterpartRef merged = survivor.equals(first) ? second : first;
                    return service.merge(survivor.id(), survivor.version(), merged.id(), merged.version(), kept);
                },
                (kept, merge) -> getTranslation(
                        merge.meetingsMoved() == 1 ? "counterpart.merge.done.one" : "counterpart.merge.done.other",
                        merge.mergedName(),
                        merge.survivorName(),
                        String.valueOf(merge.meetingsMoved())),
                onMerged);
    }

    /** Offers both values, the first chosen; one value when both records agree. */
    private static void choices(RadioButtonGroup<String> field, String first, String second) {
        field.setItems(first.equals(second) ? List.of(first) : List.of(first, second));
        field.setValue(first);
    }
}
