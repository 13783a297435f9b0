package org.outreachtracker.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;
import org.outreachtracker.reference.PostType;
import org.outreachtracker.reference.UnStatus;

/** Every post type and UN status has its name in every language of the interface. */
class ReferenceLabelsTest {

    @Test
    void everyPostTypeAndUnStatusIsNamedInEveryLanguage() {
        for (var language : Languages.SUPPORTED) {
            for (PostType type : PostType.values()) {
                assertThat(ReferenceLabels.postType(language, type))
                        .as(language + " " + type)
                        .doesNotStartWith("!");
            }
            for (UnStatus status : UnStatus.values()) {
                assertThat(ReferenceLabels.unStatus(language, status))
                        .as(language + " " + status)
                        .doesNotStartWith("!");
            }
        }
        for (PostType type : PostType.values()) {
            assertThat(ReferenceLabels.postType(Languages.ENGLISH, type)).isEqualTo(type.label());
        }
    }
}
