package org.outreachtracker.reference.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostDetails;
import org.outreachtracker.reference.PostDraft;
import org.outreachtracker.reference.PostType;

/**
 * The fields of a post, with their validation messages next to them. Choosing the host country
 * of an embassy or consulate also adds it to the covered countries, as such a post always covers
 * its host country (a mission need not: the mission to the United Nations in New York does not
 * cover the United States).
 */
class PostForm extends Composite<FormLayout> {

    static final String HOST_NOT_COVERED = "An embassy or consulate covers its host country: add it here.";

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final Select<PostType> type = new Select<>();
    final TextField city = new TextField("City");
    final ComboBox<CountryRef> hostCountry = new ComboBox<>("Host country");
    final Checkbox active = new Checkbox("Open");
    final CountrySetField covered;

    private final Binder<Values> binder = new Binder<>();
    private final Map<Long, CountryRef> countriesById;

    PostForm(List<BureauRef> bureaus, List<CountryRef> countries) {
        countriesById = countries.stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
        covered = new CountrySetField(
                "Covered countries",
                bureaus,
                countries,
                n -> n == 1 ? "1 country covered" : n + " countries covered",
                "No countries yet. Choose a bureau and add its countries, or type a country name.");

        code.setPlaceholder("e.g. EMB-PARIS");
        code.setHelperText("Letters, digits and hyphens; kept in capitals");
        code.setMaxLength(30);
        name.setPlaceholder("e.g. Embassy Paris");
        name.setMaxLength(150);
        city.setPlaceholder("e.g. Paris");
        city.setMaxLength(100);
        type.setLabel("Type");
        type.setItems(PostType.values());
        type.setItemLabelGenerator(PostType::label);
        type.setPlaceholder("Choose the type");
        hostCountry.setItems(countries);
        hostCountry.setItemLabelGenerator(CountryRef::name);
        hostCountry.setPlaceholder("Type a country name");
        active.setHelperText("Untick when the post closes: it is then no longer offered for new meetings,"
                + " and stays in the history of its meetings.");

        binder.forField(code)
                .asRequired("Enter the code.")
                .withValidator(value -> !value.isBlank(), "Enter the code.")
                .withValidator(new StringLengthValidator("Use at most 30 characters.", 0, 30))
                .withValidator(new RegexpValidator("Use letters, digits and hyphens only.", "[A-Za-z0-9-]*"))
                .bind(Values::getCode, Values::setCode);
        binder.forField(name)
                .asRequired("Enter the name.")
                .withValidator(value -> !value.isBlank(), "Enter the name.")
                .withValidator(new StringLengthValidator("Use at most 150 characters.", 0, 150))
                .bind(Values::getName, Values::setName);
        binder.forField(type).asRequired("Choose the type.").bind(Values::getType, Values::setType);
        binder.forField(city)
                .asRequired("Enter the city.")
                .withValidator(value -> !value.isBlank(), "Enter the city.")
                .withValidator(new StringLengthValidator("Use at most 100 characters.", 0, 100))
                .bind(Values::getCity, Values::setCity);
        binder.forField(hostCountry)
                .asRequired("Choose the host country.")
                .bind(Values::getHostCountry, Values::setHostCountry);
        binder.forField(active).bind(Values::isActive, Values::setActive);
        var coveredBinding = binder.forField(covered)
                .withValidator(ids -> !ids.isEmpty(), "Choose at least one country the post covers.")
                .withValidator(
                        ids -> type.getValue() == PostType.MISSION
                                || hostCountry.getValue() == null
                                || ids.contains(hostCountry.getValue().id()),
                        HOST_NOT_COVERED)
                .bind(Values::getCovered, Values::setCovered);

        hostCountry.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && type.getValue() != PostType.MISSION) {
                covered.include(event.getValue().id());
            }
        });
        // The covered countries' message depends on the type and host country: keep it current.
        type.addValueChangeListener(event -> {
            if (covered.isInvalid()) {
                coveredBinding.validate();
            }
        });
        hostCountry.addValueChangeListener(event -> {
            if (covered.isInvalid()) {
                coveredBinding.validate();
            }
        });

        var layout = getContent();
        layout.add(code, type, name, city, hostCountry, active, covered);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.setColspan(name, 2);
        layout.setColspan(active, 2);
        layout.setColspan(covered, 2);
    }

    /** Shows a post's values, or empty fields (an open embassy) for a new one. */
    void show(PostDetails post) {
        var values = new Values();
        if (post != null) {
            values.code = post.code();
            values.name = post.name();
            values.type = post.type();
            values.city = post.city();
            values.hostCountry = countriesById.get(post.hostCountryId());
            values.active = post.active();
            values.covered = Set.copyOf(post.coveredCountryIds());
        }
        binder.readBean(values);
    }

    /** The entered post, or empty (with the messages shown next to the fields) when something is missing. */
    Optional<PostDraft> draft() {
        var values = new Values();
        if (!binder.writeBeanIfValid(values)) {
            return Optional.empty();
        }
        return Optional.of(new PostDraft(
                values.code,
                values.name,
                values.type,
                values.city,
                values.hostCountry.id(),
                values.active,
                values.covered));
    }

    void focus() {
        code.focus();
    }

    /** The form's bean: what the fields hold. */
    static final class Values {
        private String code = "";
        private String name = "";
        private PostType type = PostType.EMBASSY;
        private String city = "";
        private CountryRef hostCountry;
        private boolean active = true;
        private Set<Long> covered = new HashSet<>();

        String getCode() {
            return code;
        }

        void setCode(String code) {
            this.code = code;
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        PostType getType() {
            return type;
        }

        void setType(PostType type) {
            this.type = type;
        }

        String getCity() {
            return city;
        }

        void setCity(String city) {
            this.city = city;
        }

        CountryRef getHostCountry() {
            return hostCountry;
        }

        void setHostCountry(CountryRef hostCountry) {
            this.hostCountry = hostCountry;
        }

        boolean isActive() {
            return active;
        }

        void setActive(boolean active) {
            this.active = active;
        }

        Set<Long> getCovered() {
            return covered;
        }

        void setCovered(Set<Long> covered) {
            this.covered = covered;
        }
    }
}
