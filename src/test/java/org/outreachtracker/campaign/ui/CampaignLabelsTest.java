package org.outreachtracker.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignDocumentKind;
import org.outreachtracker.campaign.CampaignStatus;

/** Every campaign status and kind of document has its label in every language. */
class CampaignLabelsTest {

    @Test
    void everyStatusAndKindOfDocumentHasItsLabelInEveryLanguage() {
        for (var language : Languages.SUPPORTED) {
            for (CampaignStatus status : CampaignStatus.values()) {
                assertThat(Translations.text(language, "campaign.CampaignStatus." + status.name()))
                        .as(status + " in " + language)
                        .doesNotStartWith("!");
            }
            for (CampaignDocumentKind kind : CampaignDocumentKind.values()) {
                assertThat(Translations.text(language, "campaign.CampaignDocumentKind." + kind.name()))
                        .as(kind + " in " + language)
                        .doesNotStartWith("!");
            }
        }
        assertThat(Translations.text(Languages.ENGLISH, "campaign.CampaignStatus.ACTIVE"))
                .isEqualTo(CampaignStatus.ACTIVE.label());
    }
}
