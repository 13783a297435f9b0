package org.outreachtracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every response tells the browser, and what the server does not expose. */
@IntegrationTest
class WebHardeningTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSignInPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
        assertThat(response.headers().allValues("X-Frame-Options")).isNotEmpty();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void onlyTheHealthEndpointIsExposedAndTheH2ConsoleIsOff() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isIn(302, 401, 403, 404);
        assertThat(get("/actuator/env").body()).doesNotContain("spring.datasource");
        assertThat(get("/actuator/beans").body()).doesNotContain("CampaignService");
        assertThat(get("/h2-console").body()).doesNotContain("H2 Console");
    }

    @Test
    void errorsShowNoStackTrace() throws Exception {
        HttpResponse<String> response = get("/VAADIN/../../WEB-INF/web.xml");

        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
