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
import java.util.Objects;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.LocalDate;
import org.outreachtracker.base.ui.Formats;
import java.util.ArrayList;
import java.util.List;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.security.UserRef;

/** New follow-up actions entered with a meeting: what, who, by when, how urgent. */
class FollowUpRows extends Composite<Div> {

    /** One row's values, edited through its binder. */
    static final class Row {
        String description = "";
        UserRef owner;
        LocalDate dueDate;
        Priority priority = Priority.MEDIUM;
    }

    private record Entry(Row row, Binder<Row> binder, Div layout) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Div list = new Div();
    private final SerializableSupplier<List<UserRef>> owners;
    private final UserRef defaultOwner;
    private final LocalDate today;

    FollowUpRows(SerializableSupplier<List<UserRef>> owners, UserRef defaultOwner, LocalDate today) {
        this.owners = owners;
        this.defaultOwner = defaultOwner;
        this.today = today;
        var add = new Button("Add a follow-up", VaadinIcon.PLUS.create(), event -> addRow());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-follow-up");
        list.addClassName("follow-up-rows");
        getContent().add(list, add);
    }

    private void addRow() {
        var row = new Row();
        row.owner = defaultOwner;
        row.dueDate = today.plusDays(14);
        int number = entries.size() + 1;
        var description = new TextField("Follow-up " + number);
        description.setPlaceholder("What must happen next");
        description.setMaxLength(2000);
        var owner = new ComboBox<UserRef>("Owner");
        owner.setItems(owners.get());
        owner.setItemLabelGenerator(UserRef::displayName);
        var due = Formats.isoDates(new DatePicker("Due"));
        due.setMin(today);
        var priority = new Select<Priority>();
        priority.setLabel("Priority");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Priority::label);

        var binder = new Binder<Row>();
        binder.forField(description).asRequired("Describe what must happen.")
                .bind(r -> r.description, (r, v) -> r.description = v);
        binder.forField(owner).asRequired("Choose who owns it.").bind(r -> r.owner, (r, v) -> r.owner = v);
        binder.forField(due).asRequired("Enter the due date.").bind(r -> r.dueDate, (r, v) -> r.dueDate = v);
        binder.forField(priority).withValidator(Objects::nonNull, "Choose the priority.").bind(r -> r.priority, (r, v) -> r.priority = v);
        binder.readBean(row);

        var layout = new Div(description, owner, due, priority);
        layout.addClassName("follow-up-row");
        var entry = new Entry(row, binder, layout);
        var remove = new Button(VaadinIcon.TRASH.create(), event -> {
            entries.remove(entry);
            list.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove follow-up " + number);
        layout.add(remove);
        entries.add(entry);
        list.add(layout);
        description.focus();
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
        return entries.stream().map(Entry::row).map(row -> new FollowUpDraft(row.description, row.owner == null
                ? null : row.owner.id(), row.dueDate, row.priority)).toList();
    }

    void clear() {
        entries.clear();
        list.removeAll();
    }
}
