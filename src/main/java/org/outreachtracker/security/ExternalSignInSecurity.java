package org.outreachtracker.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.outreachtracker.account.ExternalAccounts;
import org.outreachtracker.account.ExternalSignIn;
import org.outreachtracker.account.ExternalSignInProperties;
import org.outreachtracker.account.ExternalSignInRefused;
import org.outreachtracker.account.SignInAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Single sign-on through the ministry's OpenID Connect provider, when one is configured
 * ({@link ExternalSignInProperties}): Spring Security's OAuth2 login does the protocol (the
 * authorization code flow, and the ID token's signature, issuer, audience, expiry and nonce);
 * {@link ExternalAccounts} decides who the person is here. The session then holds the same
 * principal as a password sign-in, so every rule (roles, desks, the idle timeout, an account
 * deactivated meanwhile) applies alike.
 *
 * <p>The provider's discovery document is read at the first sign-in through it, not at start-up:
 * the application starts, and passwords work, while the provider is down. The sign-in page then
 * says the provider cannot be reached.
 */
@Component
class ExternalSignInSecurity {

    static final String REGISTRATION_ID = "ministry";
    static final String START_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    /** Session attribute: the message the sign-in page shows after a refused external sign-in. */
    static final String MESSAGE = ExternalSignInSecurity.class.getName() + ".message";

    /** The error code of a sign-in the provider accepted and this application refused. */
    private static final String REFUSED_HERE = "outreach_refused";

    /** Session attribute: the ID token of an external sign-in, for signing out at the provider. */
    static final String ID_TOKEN = ExternalSignInSecurity.class.getName() + ".idToken";

    private static final Logger log = LoggerFactory.getLogger(ExternalSignInSecurity.class);

    private final ExternalSignInProperties settings;
    private final ExternalAccounts accounts;
    private final OidcUserService oidcUsers = new OidcUserService();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final ProviderRegistration registrations;

    ExternalSignInSecurity(ExternalSignInProperties settings, ExternalAccounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
        this.registrations = new ProviderRegistration(settings);
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** Adds the sign-in through the provider to the application's filter chain, when configured. */
    void apply(HttpSecurity http) throws Exception {
        if (!settings.enabled()) {
            return;
        }
        http.oauth2Login(login -> login.clientRegistrationRepository(registrations)
                .loginPage(SecurityConfig.LOGIN_PATH)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
                .successHandler((request, response, authentication) -> signedIn(request, response, authentication))
                .failureHandler(this::failed)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(ExternalSignInSecurity.this::unreachable);
                        return filter;
                    }
                }));
    }

    /** The person the provider vouched for, signed in to their account here, or refused. */
    private OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidcUsers.loadUser(request);
        var person = new ExternalSignIn(
                user.getIdToken().getIssuer().toString(),
                user.getSubject(),
                username(user),
                user.getFullName(),
                user.getEmail(),
                user.hasClaim(settings.groupsClaim()) ? user.getClaimAsStringList(settings.groupsClaim()) : null,
                sourceAddress());
        try {
            return new AccountOidcUser(user, accounts.signIn(person));
        } catch (ExternalSignInRefused refused) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(REFUSED_HERE, refused.getMessage(), null), refused.getMessage());
        }
    }

    private String username(OidcUser user) {
        String name = user.getClaimAsString(settings.usernameClaim());
        if (name == null || name.isBlank()) {
            name = user.getEmail();
        }
        return name == null || name.isBlank() ? user.getSubject() : name;
    }

    /** The session now holds the account's principal, as after a password sign-in. */
    private void signedIn(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.core.Authentication authentication)
            throws IOException {
        if (!(authentication.getPrincipal() instanceof AccountOidcUser user)) {
            throw new IllegalStateException("An external sign-in without an account");
        }
        AccountPrincipal principal = AccountPrincipal.of(user.account(), false);
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        signedIn.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        HttpSession session = request.getSession();
        session.removeAttribute(MESSAGE);
        session.setAttribute(ID_TOKEN, user.getIdToken().getTokenValue());
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** Refused by this application, by the provider, or the provider's answer could not be trusted. */
    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String message;
        if (failure instanceof OAuth2AuthenticationException oauth
                && REFUSED_HERE.equals(oauth.getError().getErrorCode())) {
            // Recorded by ExternalAccounts.
            message = "Signing in through " + settings.providerName() + " was refused: "
                    + oauth.getError().getDescription() + " Ask an administrator for help.";
        } else {
            accounts.failedAtProvider(reason(failure), request.getRemoteAddr());
            message = "Signing in through " + settings.providerName()
                    + " did not succeed: its answer could not be checked. Try again; if it fails again,"
                    + " tell an administrator.";
        }
        tellSignInPage(request, response, message);
    }

    /** The provider could not be reached (its discovery document could not be read). */
    private void unreachable(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        log.warn("Signing in through {} failed: {}", settings.issuerUri(), reason(failure));
        accounts.failedAtProvider("The provider could not be reached: " + reason(failure), request.getRemoteAddr());
        tellSignInPage(
                request,
                response,
                settings.providerName() + " (" + settings.issuerUri() + ") cannot be reached just now. Try again"
                        + " later; an administrator with a break-glass account can still sign in with a password.");
    }

    private static void tellSignInPage(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        request.getSession().setAttribute(MESSAGE, message);
        response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN_PATH + "?external-failed");
    }

    private static String reason(AuthenticationException failure) {
        String reason = failure instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                        + (oauth.getError().getDescription() == null
                                ? ""
                                : ": " + oauth.getError().getDescription())
                : failure.getMessage();
        Throwable cause = failure.getCause();
        return cause == null ? reason : reason + " (" + cause.getMessage() + ")";
    }

    private static String sourceAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }

    /**
     * Signing out of a session that signed in through the provider ends the person's session at
     * the provider too, where it publishes an end-session endpoint (RP-initiated logout): the
     * browser goes there, and comes back to the sign-in page. Otherwise straight to the sign-in
     * page, as after a password sign-in. Vaadin's redirect strategy, so that it works from a page's
     * own request as well.
     */
    LogoutSuccessHandler signOutHandler() {
        var handler = new SimpleUrlLogoutSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                String signedOut = request.getContextPath() + SecurityConfig.LOGIN_PATH + "?signed-out";
                if (request.getAttribute(ID_TOKEN) instanceof String idToken) {
                    String returnTo = ServletUriComponentsBuilder.fromContextPath(request)
                            .path(SecurityConfig.LOGIN_PATH)
                            .query("signed-out")
                            .build()
                            .toUriString();
                    return signOutAtProvider(idToken, returnTo).orElse(signedOut);
                }
                return signedOut;
            }
        };
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    /** Keeps the session's ID token for the sign-out's last step: the session is gone by then. */
    void rememberIdToken(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.core.Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ID_TOKEN) instanceof String idToken) {
            request.setAttribute(ID_TOKEN, idToken);
        }
    }

    /** Where to send the browser to sign out at the provider too, when it supports that. */
    Optional<String> signOutAtProvider(String idToken, String returnTo) {
        return registrations
                .current()
                .map(registration -> registration.getProviderDetails().getConfigurationMetadata())
                .map(metadata -> metadata.get("end_session_endpoint"))
                .map(Object::toString)
                .map(endpoint -> endpoint + (endpoint.contains("?") ? "&" : "?") + "id_token_hint=" + encode(idToken)
                        + "&post_logout_redirect_uri=" + encode(returnTo));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The OIDC user with the account it signed in to. */
    static final class AccountOidcUser extends DefaultOidcUser {

        private final SignInAccount account;

        AccountOidcUser(OidcUser user, SignInAccount account) {
            super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.account = account;
        }

        SignInAccount account() {
            return account;
        }
    }

    /**
     * The provider's registration, made from its discovery document at the first sign-in through
     * it and kept once read; while the provider cannot be reached, each attempt tries again.
     */
    static final class ProviderRegistration implements ClientRegistrationRepository {

        private final ExternalSignInProperties settings;
        private volatile ClientRegistration registration;

        ProviderRegistration(ExternalSignInProperties settings) {
            this.settings = settings;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            ClientRegistration known = registration;
            if (known == null) {
                known = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                        .registrationId(REGISTRATION_ID)
                        .clientName(settings.providerName())
                        .clientId(settings.clientId())
                        .clientSecret(settings.clientSecret())
                        .scope("openid", "profile", "email")
                        .build();
                registration = known;
            }
            return known;
        }

        Optional<ClientRegistration> current() {
            return Optional.ofNullable(registration);
        }
    }
}
