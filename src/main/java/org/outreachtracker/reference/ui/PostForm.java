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
import org.outreachtracker.base.ui.Formats;
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

    final TextField code = new TextField(getTranslation("reference.post.code"));
    final TextField name = new TextField(getTranslation("reference.post.name"));
    final Select<PostType> type = new Select<>();
    final TextField city = new TextField(getTranslation("reference.post.city"));
    final ComboBox<CountryRef> hostCountry = new ComboBox<>(getTranslation("reference.post.host"));
    final Checkbox active = new Checkbox(getTranslation("reference.post.open"));
    final CountrySetField covered;

    private final Binder<Values> binder = new Binder<>();
    private final Map<Long, CountryRef> countriesById;

    PostForm(List<BureauRef> bureaus, List<CountryRef> countries) {
        countriesById = countries.stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
        covered = new CountrySetField(
                getTranslation("reference.post.covered"),
                bureaus,
                countries,
                n -> getTranslation("reference.post.covered.count", n),
                getTranslation("reference.post.covered.empty"));

        code.setPlaceholder(getTranslation("reference.post.code.example"));
        code.setHelperText(getTranslation("reference.post.code.helper"));
        code.setMaxLength(30);
        name.setPlaceholder(getTranslation("reference.post.name.example"));
        name.setMaxLength(150);
        city.setPlaceholder(getTranslation("reference.post.city.example"));
        city.setMaxLength(100);
        type.setLabel(getTranslation("reference.post.type"));
        type.setItems(PostType.values());
        type.setItemLabelGenerator(ReferenceLabels::postType);
        type.setPlaceholder(getTranslation("reference.post.type.placeholder"));
        hostCountry.setItems(
                countries.stream().sorted(Formats.byName(CountryNames::of)).toList());
        hostCountry.setItemLabelGenerator(CountryNames::of);
        hostCountry.setPlaceholder(getTranslation("reference.post.host.placeholder"));
        active.setHelperText(getTranslation("reference.post.open.helper"));

        binder.forField(code)
                .asRequired(getTranslation("reference.post.code.required"))
                .withValidator(value -> !value.isBlank(), getTranslation("reference.post.code.required"))
                .withValidator(new StringLengthValidator(getTranslation("reference.post.tooLong", 30), 0, 30))
                .withValidator(new RegexpValidator(getTranslation("reference.post.code.characters"), "[A-Za-z0-9-]*"))
                .bind(Values::getCode, Values::setCode);
        binder.forField(name)
                .asRequired(getTranslation("reference.post.name.required"))
                .withValidator(value -> !value.isBlank(), getTranslation("reference.post.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("reference.post.tooLong", 150), 0, 150))
                .bind(Values::getName, Values::setName);
        binder.forField(type)
                .asRequired(getTranslation("reference.post.type.required"))
                .bind(Values::getType, Values::setType);
        binder.forField(city)
                .asRequired(getTranslation("reference.post.city.required"))
                .withValidator(value -> !value.isBlank(), getTranslation("reference.post.city.required"))
                .withValidator(new StringLengthValidator(getTranslation("reference.post.tooLong", 100), 0, 100))
                .bind(Values::getCity, Values::setCity);
        binder.forField(hostCountry)
                .asRequired(getTranslation("reference.post.host.required"))
                .bind(Values::getHostCountry, Values::setHostCountry);
        binder.forField(active).bind(Values::isActive, Values::setActive);
        var coveredBinding = binder.forField(covered)
                .withValidator(ids -> !ids.isEmpty(), getTranslation("reference.post.covered.required"))
                .withValidator(
                        ids -> type.getValue() == PostType.MISSION
                                || hostCountry.getValue() == null
                                || ids.contains(hostCountry.getValue().id()),
                        getTranslation("reference.post.hostNotCovered"))
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
