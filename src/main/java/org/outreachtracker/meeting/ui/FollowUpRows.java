package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.base.ui.DateFields;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.Priority;

/**
 * Rows entered with a meeting, each with what, who and by when: new follow-up actions (with how
 * urgent), or what the host government committed to (with when to check back on it).
 */
class FollowUpRows extends Composite<Div> {

    static final int DESCRIPTION_MAX = 2000;

    /**
     * What the rows are: where their words are in the bundle ({@code <texts>.add}, {@code .numbered},
     * …), whether they have a priority, and how far ahead their date starts.
     */
    record Kind(String texts, boolean priority, int daysAhead, String idPrefix) {

        String text(String key, Object... parameters) {
            return Translations.text(texts + "." + key, parameters);
        }
    }

    static final Kind FOLLOW_UPS = new Kind("meeting.rows.followUp", true, 14, "follow-up");

    static final Kind COMMITMENTS = new Kind("meeting.rows.commitment", false, 90, "commitment");

    /** One row's values, edited through its binder. */
    static final class Row {
        String description = "";
        UserRef owner;
        LocalDate dueDate;
        Priority priority = Priority.MEDIUM;
    }

    private record Entry(
            Row row,
            Binder<Row> binder,
            Div layout,
            TextField description,
            ComboBox<UserRef> owner,
            DatePicker due,
            Select<Priority> priority) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Div list = new Div();
    private final SerializableSupplier<List<UserRef>> owners;
    private final UserRef defaultOwner;
    private final LocalDate today;
    private final Kind kind;
    private Runnable onChange = () -> {};

    FollowUpRows(SerializableSupplier<List<UserRef>> owners, UserRef defaultOwner, LocalDate today) {
        this(owners, defaultOwner, today, FOLLOW_UPS);
    }

    FollowUpRows(SerializableSupplier<List<UserRef>> owners, UserRef defaultOwner, LocalDate today, Kind kind) {
        this.owners = owners;
        this.defaultOwner = defaultOwner;
        this.today = today;
        this.kind = kind;
        var add = new Button(kind.text("add"), VaadinIcon.PLUS.create(), event -> addRow());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-" + kind.idPrefix());
        list.addClassName(kind.idPrefix() + "-rows");
        getContent().add(list, add);
    }

    private void addRow() {
        var row = new Row();
        row.owner = defaultOwner;
        row.dueDate = today.plusDays(kind.daysAhead());
        addRow(row);
    }

    private Entry addRow(Row row) {
        int number = entries.size() + 1;
        var description = new TextField(kind.text("numbered", number));
        description.setPlaceholder(kind.text("placeholder"));
        var owner = new ComboBox<UserRef>(getTranslation("meeting.rows.owner"));
        owner.setItems(owners.get());
        owner.setItemLabelGenerator(UserRef::displayName);
        var due = DateFields.configure(new DatePicker(kind.text("date")));
        DateFields.notBefore(due, today, kind.text("dateInPast"));
        var priority = new Select<Priority>();
        priority.setLabel(getTranslation("meeting.rows.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Translations::label);

        var binder = new Binder<Row>();
        binder.forField(description)
                .asRequired(kind.text("describe"))
                .withValidator(TextLimits.validator(DESCRIPTION_MAX, kind.text("name")))
                .bind(r -> r.description, (r, v) -> r.description = v);
        binder.forField(owner)
                .asRequired(getTranslation("meeting.rows.owner.required"))
                .bind(r -> r.owner, (r, v) -> r.owner = v);
        binder.forField(due).asRequired(kind.text("dateRequired")).bind(r -> r.dueDate, (r, v) -> r.dueDate = v);
        if (kind.priority()) {
            binder.forField(priority)
                    .withValidator(Objects::nonNull, getTranslation("meeting.rows.priority.required"))
                    .bind(r -> r.priority, (r, v) -> r.priority = v);
        }
        binder.readBean(row);
        binder.addValueChangeListener(event -> onChange.run());

        var layout = new Div(description, owner, due);
        if (kind.priority()) {
            layout.add(priority);
        }
        layout.addClassName("follow-up-row");
        var entry = new Entry(row, binder, layout, description, owner, due, priority);
        var remove = new Button(VaadinIcon.TRASH.create(), event -> {
            entries.remove(entry);
            list.remove(layout);
            onChange.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(kind.text("remove", number));
        layout.add(remove);
        entries.add(entry);
        list.add(layout);
        description.focus();
        onChange.run();
        return entry;
    }

    /** The rows as typed so far, complete or not. */
    List<MeetingFormState.FollowUp> state() {
        return entries.stream()
                .map(entry -> new MeetingFormState.FollowUp(
                        entry.description().getValue(),
                        entry.owner().getValue() == null
                                ? null
                                : entry.owner().getValue().id(),
                        entry.due().getValue() == null
                                ? null
                                : entry.due().getValue().toString(),
                        kind.priority() ? entry.priority().getValue() : null))
                .toList();
    }

    /** Adds rows with these values (an owner who no longer exists is left empty). */
    void restore(List<MeetingFormState.FollowUp> rows) {
        for (MeetingFormState.FollowUp kept : rows) {
            var row = new Row();
            row.description = kept.description() == null ? "" : kept.description();
            row.owner = kept.ownerId() == null
                    ? null
                    : owners.get().stream()
                            .filter(u -> u.id() == kept.ownerId())
                            .findFirst()
                            .orElse(null);
            row.dueDate = kept.dueDate() == null ? null : LocalDate.parse(kept.dueDate());
            row.priority = kept.priority() == null ? Priority.MEDIUM : kept.priority();
            addRow(row);
        }
    }

    /** Called whenever a row is added, changed or removed. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** Validates every row; true when all are complete. */
    boolean validate() {
        boolean valid = true;
        for (Entry entry : entries) {
            valid &= entry.binder().writeBeanIfValid(entry.row());
        }
        return valid;
    }

    List<FollowUpDraft> value() {
        return entries.stream()
                .map(Entry::row)
                .map(row -> new FollowUpDraft(
                        row.description, row.owner == null ? null : row.owner.id(), row.dueDate, row.priority))
                .toList();
    }

    void clear() {
        entries.clear();
        list.removeAll();
    }
}
