package org.outreachtracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.account.ExternalAccounts;
import org.outreachtracker.account.SignInAttempts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Smart-card sign-in with certificates made in the test: a certificate of a trusted authority
 * naming a known account signs in to it; one from an untrusted authority, an expired one, one
 * naming no account, one of a deactivated account and none at all are refused, recorded, and the
 * sign-in page says why; nothing happens before the system-use notice is acknowledged. Against
 * the application's own accounts and audit trail.
 */
@IntegrationTest
class CertificateSignInTest {

    static final String ADDRESS = "192.0.2.44";

    @Autowired
    ExternalAccounts accounts;

    @Autowired
    SignInAttempts attempts;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path directory;

    TestCertificates.Authority trusted;
    TestCertificates.Authority untrusted;
    CertificateSignInFilter filter;

    @BeforeEach
    void setUp() {
        trusted = TestCertificates.Authority.create("Ministry Test Root CA", clock.instant());
        untrusted = TestCertificates.Authority.create("Somebody Else's CA", clock.instant());
        Path bundle = trusted.writePem(directory);
        filter = new CertificateSignInFilter(
                new CertificateSignInProperties(true, bundle.toString(), "CN=(.*?)(?:,|$)", ""),
                accounts,
                attempts,
                clock);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTrustedCertificateNamingAnAccountSignsItIn() throws Exception {
        var response = signInWith(true, trusted.issue("CN=officer, OU=Test Post, O=Ministry", clock.instant()));

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        SecurityContext saved = (SecurityContext)
                response.session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(saved).isNotNull();
        assertThat(saved.getAuthentication().getPrincipal()).isInstanceOf(AccountPrincipal.class);
        assertThat(((AccountPrincipal) saved.getAuthentication().getPrincipal()).getUsername())
                .isEqualTo("officer");
        assertThat(audit("SIGN_IN", "With a certificate:%CN=officer")).isPositive();
    }

    @Test
    void untrustedExpiredUnknownAndMissingCertificatesAreRefusedAndRecorded() throws Exception {
        Instant now = clock.instant();
        assertRefused(
                signInWith(true, untrusted.issue("CN=officer", now)),
                "Your certificate was not accepted: The certificate was not issued by a trusted authority.");
        assertRefused(
                signInWith(true, trusted.issue("CN=officer", now.minus(Duration.ofDays(400)))),
                "Your certificate was not accepted: The certificate has expired or is not yet valid.");
        assertRefused(
                signInWith(true, trusted.issue("CN=nobody-with-this-name", now)),
                "Your certificate was not accepted: No account has this name.");
        assertRefused(
                signInWith(true, trusted.issue("O=Ministry", now)),
                "Your certificate was not accepted: The certificate's subject names no account.");
        assertRefused(signInWith(true), "Your certificate was not accepted: No certificate was presented.");
        assertRefused(
                signInWith(true, trusted.certificate()),
                "Your certificate was not accepted: The certificate is an authority's, not a person's.");

        assertThat(audit("SIGN_IN_FAILED", "not issued by a trusted authority")).isPositive();
        assertThat(audit("SIGN_IN_FAILED", "has expired")).isPositive();
        assertThat(audit("SIGN_IN_FAILED", "certificate CN=nobody-with-this-name"))
                .isPositive();
    }

    @Test
    void aDeactivatedAccountIsRefused() throws Exception {
        jdbc.update("update app_user set enabled = false where username = 'officer2'");
        try {
            assertRefused(
                    signInWith(true, trusted.issue("CN=officer2", clock.instant())),
                    "Your certificate was not accepted: The account is deactivated.");
        } finally {
            jdbc.update("update app_user set enabled = true where username = 'officer2'");
        }
    }

    @Test
    void nothingHappensBeforeTheNoticeIsAcknowledged() throws Exception {
        var response = signInWith(false, trusted.issue("CN=officer", clock.instant()));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?notice");
        assertThat(response.session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNull();
    }

    private void assertRefused(Response response, String message) {
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?external-failed");
        assertThat(response.session.getAttribute(ExternalSignInSecurity.MESSAGE))
                .isEqualTo(message);
        assertThat(response.session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNull();
    }

    /** GET /login/certificate with these certificates as the TLS connection (or the proxy) gives them. */
    private Response signInWith(boolean noticeAcknowledged, X509Certificate... certificates) throws Exception {
        var session = new MockHttpSession();
        if (noticeAcknowledged) {
            session.setAttribute(SystemUseNotice.ACKNOWLEDGED, Boolean.TRUE);
        }
        var request = new MockHttpServletRequest("GET", CertificateSignInFilter.PATH);
        request.setSession(session);
        request.setRemoteAddr(ADDRESS);
        if (certificates.length > 0) {
            request.setAttribute(CertificateSignInFilter.CERTIFICATE_ATTRIBUTE, certificates);
        }
        var response = new Response((MockHttpSession) request.getSession());
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private long audit(String action, String detail) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and source_address = ? and details like ?",
                Long.class,
                action,
                ADDRESS,
                "%" + detail + "%");
    }

    /** The response, with the session the request ended with (its id changes at sign-in). */
    static final class Response extends MockHttpServletResponse {
        final MockHttpSession session;

        Response(MockHttpSession session) {
            this.session = session;
        }
    }
}
