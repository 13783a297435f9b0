package org.outreachtracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every response tells the browser, and what the server does not expose; behind the TLS
 * proxy (requests from its address saying X-Forwarded-Proto: https), HSTS and a Secure session
 * cookie, which no other address can obtain by sending the same headers.
 */
@IntegrationTest
class WebHardeningTest {

    /** The proxy the tests configure by default: one on the same machine. */
    static final String PROXY = "127.0.0.1";
    /** Another address of this machine, which is not the proxy. */
    static final String NOT_THE_PROXY = "127.0.0.2";

    @LocalServerPort
    int port;

    @Autowired
    AuditService auditService;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    java.time.Clock clock;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSignInPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
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

    @Test
    void behindTheProxyAnHttpsRequestGetsHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> viaProxy = getFrom(PROXY, "/login", "https", "203.0.113.9");

        assertThat(viaProxy.statusCode()).isEqualTo(200);
        assertThat(viaProxy.headers().allValues("Strict-Transport-Security"))
                .as("HSTS, once")
                .singleElement()
                .asString()
                .contains("max-age=31536000")
                .contains("includeSubDomains");
        assertThat(sessionCookie(viaProxy)).contains("; Secure").contains("HttpOnly");

        HttpResponse<String> plain = getFrom(PROXY, "/login", null, null);
        assertThat(plain.headers().allValues("Strict-Transport-Security"))
                .as("plain HTTP: no HSTS")
                .isEmpty();
        assertThat(sessionCookie(plain)).doesNotContain("Secure");
    }

    @Test
    void anotherAddressCannotClaimToBeBehindTheProxy() throws Exception {
        HttpResponse<String> spoofed = getFrom(NOT_THE_PROXY, "/login", "https", "203.0.113.66");

        assertThat(spoofed.statusCode()).isEqualTo(200);
        assertThat(spoofed.headers().allValues("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(spoofed)).doesNotContain("Secure");
    }

    @Test
    void theAuditTrailRecordsTheAddressOnlyTheProxyMayForward() throws Exception {
        var audit = new TestAudit(auditService, systemAccess);
        var start = clock.instant();

        var viaProxy = postSignInFrom(PROXY, "proxy-probe-forwarded", "https", "203.0.113.9");
        var spoofed = postSignInFrom(NOT_THE_PROXY, "proxy-probe-spoofed", "https", "203.0.113.66");

        assertThat(viaProxy.headers().firstValue("Location")).get().asString().startsWith("https://");
        assertThat(spoofed.headers().firstValue("Location")).get().asString().startsWith("http://");
        assertThat(audit.byUser("proxy-probe-forwarded", AuditAction.SIGN_IN_FAILED, start))
                .singleElement()
                .satisfies(event -> assertThat(event.sourceAddress()).isEqualTo("203.0.113.9"));
        assertThat(audit.byUser("proxy-probe-spoofed", AuditAction.SIGN_IN_FAILED, start))
                .singleElement()
                .satisfies(event -> assertThat(event.sourceAddress()).isEqualTo(NOT_THE_PROXY));
    }

    private HttpResponse<String> getFrom(String localAddress, String path, String forwardedProto, String forwardedFor)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET();
        forwarded(request, forwardedProto, forwardedFor);
        return client(localAddress).send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A sign-in as a client without a session would post it (it is refused for the missing token, and recorded). */
    private HttpResponse<String> postSignInFrom(
            String localAddress, String username, String forwardedProto, String forwardedFor) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=whatever-it-is"));
        forwarded(request, forwardedProto, forwardedFor);
        return client(localAddress).send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void forwarded(HttpRequest.Builder request, String proto, String forwardedFor) {
        if (proto != null) {
            request.header("X-Forwarded-Proto", proto);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
    }

    private static HttpClient client(String localAddress) throws Exception {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(InetAddress.getByName(localAddress))
                .build();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
