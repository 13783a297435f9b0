package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.reference.CountryRef;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The counterparts met: picked from the country's directory entries, or added as new people.
 * New people stay in the meeting (marked "new") and are written to the directory only when the
 * meeting is saved; adding one keeps everyone picked before. The chosen people's names show in
 * full, on as many lines as they need.
 */
class CounterpartsPicker extends Composite<Div> {

    final MultiSelectComboBox<CounterpartRef> box =
            new MultiSelectComboBox<>(getTranslation("meeting.counterparts.met"));
    final Button add = new Button(getTranslation("meeting.counterparts.new"), VaadinIcon.PLUS.create());

    private final CounterpartService counterparts;
    private CountryRef country;
    /** Ids for new people until the meeting is saved: negative, so they never meet a directory id. */
    private long nextNewId = -1;

    CounterpartsPicker(CounterpartService counterparts) {
        this.counterparts = counterparts;
        box.setItemLabelGenerator(CounterpartsPicker::label);
        box.setHelperText(getTranslation("meeting.counterparts.help"));
        box.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        box.addValueChangeListener(event -> box.setHelperText(help()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setEnabled(false);
        add.addClickListener(event -> openNewCounterpart());
        getContent().add(box, add);
        getContent().addClassName("counterpart-picker");
    }

    /**
     * The country whose counterparts are offered. Its directory entries are read a page at a time
     * when the list opens or as the officer types (name, title or organisation), not when the
     * form opens: a busy country has hundreds, and most forms are opened to read a meeting
     * (docs/performance.md, scenario e). Choosing another country drops the people chosen.
     */
    void setCountry(CountryRef chosen) {
        boolean changed = country == null || chosen == null || country.id() != chosen.id();
        country = chosen;
        add.setEnabled(chosen != null);
        if (!changed) {
            return;
        }
        if (chosen == null) {
            box.setItems(List.of());
            return;
        }
        long countryId = chosen.id();
        box.setItemsPageable((page, typed) -> counterparts
                .search(
                        new CounterpartFilter(typed, countryId, null),
                        PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("name", "id")))
                .getContent());
    }

    /** Adds people to those chosen; everyone chosen before stays. */
    void choose(Collection<CounterpartRef> people) {
        Set<CounterpartRef> chosen = new LinkedHashSet<>(box.getValue());
        chosen.addAll(people);
        box.setValue(chosen);
    }

    /** Adds a person who is not in the directory yet; they are added to it with the meeting. */
    CounterpartRef chooseNew(CounterpartDraft person) {
        var added = new CounterpartRef(
                nextNewId--,
                0,
                person.name().strip(),
                person.title().strip(),
                person.organization().strip(),
                person.countryId(),
                person.level());
        choose(List.of(added));
        return added;
    }

    /** The ids of the chosen people who are in the directory. */
    Set<Long> directoryIds() {
        return box.getValue().stream()
                .filter(c -> !isNew(c))
                .map(CounterpartRef::id)
                .collect(Collectors.toSet());
    }

    /** The chosen people who are not in the directory yet, in the order they were added. */
    List<CounterpartDraft> newPeople() {
        List<CounterpartRef> fresh = new ArrayList<>(
                box.getValue().stream().filter(CounterpartsPicker::isNew).toList());
        fresh.sort(java.util.Comparator.comparingLong(c -> -c.id()));
        return fresh.stream().map(CounterpartRef::toDraft).toList();
    }

    void setReadOnly(boolean readOnly) {
        box.setReadOnly(readOnly);
        add.setVisible(!readOnly);
    }

    static boolean isNew(CounterpartRef counterpart) {
        return counterpart.id() < 0;
    }

    private static String label(CounterpartRef counterpart) {
        return counterpart.describe() + (isNew(counterpart) ? " (new)" : "");
    }

    private String help() {
        List<String> fresh = box.getValue().stream()
                .filter(CounterpartsPicker::isNew)
                .map(CounterpartRef::name)
                .sorted(Formats.names())
                .toList();
        if (fresh.isEmpty()) {
            return getTranslation("meeting.counterparts.help");
        }
        return getTranslation(
                fresh.size() == 1 ? "meeting.counterparts.newOne" : "meeting.counterparts.newSeveral",
                String.join(", ", fresh));
    }

    private void openNewCounterpart() {
        if (country == null) {
            return;
        }
        new NewCounterpartDialog(counterparts, country, box.getValue(), new NewCounterpartDialog.Choice() {
                    @Override
                    public void listed(CounterpartRef existing) {
                        choose(List.of(existing));
                    }

                    @Override
                    public void fresh(CounterpartDraft person) {
                        chooseNew(person);
                    }
                })
                .open();
    }
}
