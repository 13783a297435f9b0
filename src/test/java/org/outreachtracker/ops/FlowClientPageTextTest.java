package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.bench.FlowClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The simulated user reads what the page tells it, notifications included: the failure tests
 * judge a failure by what the user was told, and a notification's message is an element
 * property, not a text node.
 */
@IntegrationTest
class FlowClientPageTextTest {

    @LocalServerPort
    int port;

    @Test
    void thePageTextHoldsTheMessageOfAnOpenNotification() {
        var page = new FlowClient(
                FlowClient.newHttpClient(), URI.create("http://localhost:" + port + "/"), (what, nanos, ok) -> {});
        page.signIn("officer", "officer-demo-2026");
        page.open("meetings/new", "");
        String needsAttention = "Some fields need your attention; see the messages next to them.";
        assertThat(page.pageText()).doesNotContain(needsAttention);

        page.click(page.button("Save meeting"), "save an empty form");

        assertThat(page.pageText()).contains(needsAttention);
    }
}
