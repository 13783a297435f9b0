package org.outreachtracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachtracker.account.ExternalAccounts;
import org.outreachtracker.account.ExternalSignInRefused;
import org.outreachtracker.account.SignInAccount;
import org.outreachtracker.account.SignInAttempts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.x509.SubjectDnX509PrincipalExtractor;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in with a smart card's certificate at {@code GET /login/certificate}, the address of the
 * sign-in page's "Sign in with your smart card" link, so that the system-use notice is
 * acknowledged first (Spring Security's {@code x509()} would sign in on any request carrying a
 * certificate, before the notice). The certificate comes from the TLS connection (checked by the
 * server against {@code server.ssl.trust-store}) or from a proxy's header; either way its chain is
 * checked again here against the configured authorities (PKIX, without revocation lists: the
 * README says so), with its dates; Spring Security's {@link SubjectDnX509PrincipalExtractor}
 * reads the username from its subject. The session then holds the same principal as after a
 * password sign-in. Each refusal is recorded, and the sign-in page says why. Not a bean, so that
 * it runs only inside the security filter chain.
 */
class CertificateSignInFilter extends OncePerRequestFilter {

    static final String PATH = "/login/certificate";
    static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private final ExternalAccounts accounts;
    private final SignInAttempts attempts;
    private final Set<TrustAnchor> anchors;
    private final SubjectDnX509PrincipalExtractor usernames = new SubjectDnX509PrincipalExtractor();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final Clock clock;

    CertificateSignInFilter(
            CertificateSignInProperties settings, ExternalAccounts accounts, SignInAttempts attempts, Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.clock = clock;
        this.anchors = trustAnchors(Path.of(settings.trustedCa()));
        usernames.setSubjectDnRegex(settings.usernamePattern());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("GET".equals(request.getMethod()) && PATH.equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SystemUseNotice.isAcknowledged(request)) {
            attempts.refusedWithoutNotice("(certificate)", request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN_PATH + "?notice");
            return;
        }
        X509Certificate[] presented =
                request.getAttribute(CERTIFICATE_ATTRIBUTE) instanceof X509Certificate[] c ? c : new X509Certificate[0];
        if (presented.length == 0) {
            refuse(request, response, null, "No certificate was presented");
            return;
        }
        X509Certificate certificate = presented[0];
        String subject = certificate.getSubjectX500Principal().getName();
        String problem = problemWith(presented);
        if (problem != null) {
            refuse(request, response, subject, problem);
            return;
        }
        String username;
        try {
            username = String.valueOf(usernames.extractPrincipal(certificate));
        } catch (AuthenticationException noName) {
            refuse(request, response, subject, "The certificate's subject names no account");
            return;
        }
        SignInAccount account;
        try {
            account = accounts.certificateSignIn(username, subject, request.getRemoteAddr());
        } catch (ExternalSignInRefused refused) {
            tell(request, response, "Your certificate was not accepted: " + refused.getMessage());
            return;
        }
        AccountPrincipal principal = AccountPrincipal.of(account, false);
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** Why the certificates presented are not accepted, or null when they are. */
    private String problemWith(X509Certificate[] presented) {
        Date now = Date.from(clock.instant());
        try {
            presented[0].checkValidity(now);
        } catch (GeneralSecurityException outOfDate) {
            return "The certificate has expired or is not yet valid";
        }
        // The path to check ends below a trusted authority: an authority sent along is left out.
        List<X509Certificate> chain = Arrays.stream(presented)
                .filter(presentedCertificate ->
                        anchors.stream().noneMatch(anchor -> presentedCertificate.equals(anchor.getTrustedCert())))
                .toList();
        if (chain.isEmpty() || !chain.getFirst().equals(presented[0])) {
            return "The certificate is an authority's, not a person's";
        }
        try {
            var factory = CertificateFactory.getInstance("X.509");
            var path = factory.generateCertPath(chain);
            var parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(now);
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
            return null;
        } catch (GeneralSecurityException untrusted) {
            return "The certificate was not issued by a trusted authority";
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String subject, String reason)
            throws IOException {
        accounts.certificateRefused(subject, request.getRemoteAddr(), reason);
        tell(request, response, "Your certificate was not accepted: " + reason + ".");
    }

    private static void tell(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        request.getSession().setAttribute(ExternalSignInSecurity.MESSAGE, message);
        response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN_PATH + "?external-failed");
    }

    private static Set<TrustAnchor> trustAnchors(Path bundle) {
        try (InputStream in = Files.newInputStream(bundle)) {
            List<X509Certificate> authorities =
                    CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                            .map(X509Certificate.class::cast)
                            .toList();
            if (authorities.isEmpty()) {
                throw new IllegalArgumentException("No certificate in " + bundle);
            }
            return authorities.stream()
                    .map(authority -> new TrustAnchor(authority, null))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The trusted authorities cannot be read from " + bundle, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The trusted authorities in " + bundle + " cannot be read", e);
        }
    }
}
