package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestAudit;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in rules over real HTTP: the system-use notice is acknowledged in the browser, then
 * the form is posted (with the session cookie and CSRF token) as a browser would. Unknown user,
 * wrong password and locked account get exactly the same answer; the session id changes at
 * sign-in; after signing out the old session cookie opens nothing; without acknowledging the
 * notice nobody signs in; without the session's CSRF token nobody signs in.
 */
class SignInRulesTest extends BrowserTest {

    static final String PASSWORD = "a perfectly fine passphrase";
    static final Set<String> LOCAL_ADDRESSES = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    AuditService auditService;

    @Autowired
    AccountAdminService accountAdmin;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    TestAudit audit;

    @Autowired
    java.time.Clock clock;

    Instant start;

    /** A browser session that has acknowledged the notice: its cookie and the form's CSRF token. */
    record Session(String id, String csrf) {}

    @BeforeEach
    void setUp() {
        audit = new TestAudit(auditService, systemAccess);
        start = clock.instant();
    }

    @Test
    void unknownUserWrongPasswordAndLockedAccountGetTheSameAnswer() throws Exception {
        long wrongPasswordId = createAccount("http-wrong");
        long lockedId = createAccount("http-locked");
        Session session = acknowledgedSession();

        var unknown = signIn(session, "http-nobody", PASSWORD);
        var wrongPassword = signIn(session, "http-wrong", "not the password");
        for (int i = 0; i < 3; i++) {
            signIn(session, "http-locked", "not the password " + i);
        }
        var lockedWrongPassword = signIn(session, "http-locked", "not the password again");
        var lockedRightPassword = signIn(session, "http-locked", PASSWORD);

        for (var response : List.of(unknown, wrongPassword, lockedWrongPassword, lockedRightPassword)) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(location(response)).endsWith("/login?error");
            assertThat(sessionCookie(response))
                    .as("no new session: nobody signed in")
                    .isEmpty();
        }
        assertThat(List.of(wrongPassword, lockedWrongPassword, lockedRightPassword))
                .extracting(SignInRulesTest::answer)
                .containsOnly(answer(unknown));

        // The page the browser then shows is the same one, with the one message for every failure.
        open("login?error");
        acknowledgeNotice();
        var form = wait.until(d -> d.findElement(By.cssSelector("vaadin-login-form")));
        wait.until(d -> form.getDomAttribute("error") != null);

        assertThat(audit.byUser("http-nobody", AuditAction.SIGN_IN_FAILED, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.sourceAddress()).isIn(LOCAL_ADDRESSES);
                    assertThat(event.details().note()).isEqualTo("Unknown username");
                });
        assertThat(audit.events(AuditAction.SIGN_IN_FAILED, AuditedObject.USER, wrongPasswordId, start))
                .hasSize(1);
        assertThat(audit.events(AuditAction.SIGN_IN_FAILED, AuditedObject.USER, lockedId, start))
                .hasSize(5);
        assertThat(audit.events(AuditAction.ACCOUNT_LOCKED, AuditedObject.USER, lockedId, start))
                .hasSize(1);
        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, lockedId, start))
                .isEmpty();
    }

    @Test
    void theSessionIdChangesAtSignInAndTheOldOneOpensNothing() throws Exception {
        long id = createAccount("http-session");
        Session session = acknowledgedSession();

        var response = signIn(session, "http-session", PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).doesNotContain("error");
        String newId = sessionCookie(response).orElseThrow();
        assertThat(newId).isNotEqualTo(session.id());
        assertThat(get("my-desk", newId).statusCode())
                .as("signed in with the new session id")
                .isEqualTo(200);
        var withOldId = get("my-desk", session.id());
        assertThat(withOldId.statusCode()).isEqualTo(302);
        assertThat(location(withOldId)).endsWith("/login");

        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("http-session");
                    assertThat(event.sourceAddress()).isIn(LOCAL_ADDRESSES);
                });
    }

    @Test
    void afterSigningOutTheOldSessionCookieOpensNothing() throws Exception {
        long id = createAccount("http-signout");
        signIn("http-signout", PASSWORD);
        waitForNavigation();
        String sessionId = driver.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(get("my-desk", sessionId).statusCode()).isEqualTo(200);

        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login?signed-out"));

        var afterSignOut = get("my-desk", sessionId);
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(location(afterSignOut)).endsWith("/login");
        assertThat(audit.events(AuditAction.SIGN_OUT, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("http-signout");
                    assertThat(event.details().note()).isEqualTo("Signed out");
                    assertThat(event.sourceAddress()).isIn(LOCAL_ADDRESSES);
                });
    }

    @Test
    void aUserDeactivatedWhileSignedInGetsNoFurtherPage() throws Exception {
        long id = createAccount("http-deactivated");
        signIn("http-deactivated", PASSWORD);
        waitForNavigation();
        String sessionId = driver.manage().getCookieNamed("JSESSIONID").getValue();

        systemAccess.asUser("admin", () -> {
            accountAdmin.deactivate(id, accountAdmin.account(id).orElseThrow().version());
            return null;
        });
        click(driver.findElement(By.cssSelector("#main-nav vaadin-side-nav-item[path='campaigns']")));

        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(d -> d.findElements(By.id("main-nav")).isEmpty());
        assertThat(get("campaigns", sessionId).statusCode())
                .as("the session has ended")
                .isEqualTo(302);
        assertThat(audit.events(AuditAction.SIGN_OUT, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event ->
                        assertThat(event.details().note()).isEqualTo("Session ended: the account was deactivated"));
    }

    @Test
    void withoutAcknowledgingTheNoticeNobodySignsIn() throws Exception {
        createAccount("http-notice");
        // A client that never ticked the box: the form is posted straight away.
        var page = get("login", null);
        String sessionId = sessionCookie(page).orElseThrow();
        var response = signIn(new Session(sessionId, csrfToken(page.body())), "http-notice", PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login?notice");
        assertThat(sessionCookie(response)).isEmpty();
        assertThat(get("my-desk", sessionId).statusCode()).isEqualTo(302);
        assertThat(audit.byUser("http-notice", AuditAction.SIGN_IN_FAILED, start))
                .singleElement()
                .satisfies(event ->
                        assertThat(event.details().note()).isEqualTo("The system-use notice was not acknowledged"));
    }

    /**
     * The sign-in form must carry the session's CSRF token: without it, or with a wrong one, even
     * the right password signs nobody in (a form posted from another site could otherwise sign a
     * victim into the attacker's account). The refusal is recorded, and the page says it expired.
     */
    @Test
    void aSignInWithoutTheSessionsTokenIsRefusedEvenWithTheRightPassword() throws Exception {
        long id = createAccount("http-csrf");
        Session session = acknowledgedSession();

        var withoutToken = signIn(new Session(session.id(), null), "http-csrf", PASSWORD);
        var wrongToken = signIn(new Session(session.id(), "not-the-token"), "http-csrf", PASSWORD);

        for (var response : List.of(withoutToken, wrongToken)) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(location(response)).endsWith("/login?expired");
            assertThat(sessionCookie(response)).as("nobody signed in").isEmpty();
        }
        assertThat(get("my-desk", session.id()).statusCode()).isEqualTo(302);
        assertThat(audit.byUser("http-csrf", AuditAction.SIGN_IN_FAILED, start))
                .hasSize(2)
                .allSatisfy(event -> {
                    assertThat(event.details().note()).startsWith("The sign-in form's security token was missing");
                    assertThat(event.sourceAddress()).isIn(LOCAL_ADDRESSES);
                });
        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start))
                .isEmpty();

        var withToken = signIn(session, "http-csrf", PASSWORD);
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(location(withToken)).doesNotContain("error").doesNotContain("expired");
        assertThat(sessionCookie(withToken)).as("signed in with the token").isPresent();
    }

    /** Opens the sign-in page in the browser and acknowledges the notice there. */
    private Session acknowledgedSession() {
        open("login");
        acknowledgeNotice();
        String csrf = driver.findElement(By.cssSelector("meta[name='_csrf']")).getDomAttribute("content");
        return new Session(driver.manage().getCookieNamed("JSESSIONID").getValue(), csrf);
    }

    private HttpResponse<String> signIn(Session session, String username, String password)
            throws IOException, InterruptedException {
        var fields = new java.util.LinkedHashMap<String, String>(Map.of("username", username, "password", password));
        if (session.csrf() != null) {
            fields.put("_csrf", session.csrf());
        }
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(url("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session.id())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String sessionId) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(url(path)).GET();
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** What the browser is told: the status and where to go next. */
    private static String answer(HttpResponse<?> response) {
        return response.statusCode() + " " + location(response);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        Pattern cookie = Pattern.compile("JSESSIONID=([^;]+)");
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst();
    }

    private static String csrfToken(String page) {
        Matcher matcher =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("CSRF token on the sign-in page").isTrue();
        return matcher.group(1);
    }

    private long createAccount(String username) {
        return systemAccess.asSystem(() -> accountAdmin.createAccount(
                new NewAccount(username, "Test " + username, PASSWORD, EnumSet.of(Role.DESK_OFFICER), Set.of())));
    }
}
