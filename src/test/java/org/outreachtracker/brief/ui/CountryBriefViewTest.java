package org.outreachtracker.brief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The country brief page as users meet it. */
@IntegrationTest
class CountryBriefViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void theCountryBriefShowsItsFiveSectionsAndAnUnknownCodeSaysSo() {
        TestSignIn.as(users, "officer");
        UI.getCurrent().navigate("countries/JP/brief");
        assertThat(getCurrentView()).isInstanceOf(CountryBriefView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Japan");
        assertThat($(H3.class).all())
                .extracting(H3::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Status in each campaign"))
                .anySatisfy(t -> assertThat(t).startsWith("Latest meetings"))
                .anySatisfy(t -> assertThat(t).startsWith("Counterparts and their positions"))
                .anySatisfy(t -> assertThat(t).startsWith("Open follow-ups"))
                .anySatisfy(t -> assertThat(t).startsWith("Host-government commitments ("));
        assertThat($(Button.class).withText("Print").exists()).isTrue();
        assertThat($(Anchor.class).id("brief-pdf").getHref()).startsWith("VAADIN/dynamic/resource/");

        UI.getCurrent().navigate("countries/ZZ/brief");
        assertThat($(H2.class).single().getText()).isEqualTo("Country not found");
    }
}
