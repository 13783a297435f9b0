package org.outreachtracker.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import java.time.Clock;
import org.outreachtracker.account.ExternalAccounts;
import org.outreachtracker.account.ExternalSignInProperties;
import org.outreachtracker.account.PasswordHashing;
import org.outreachtracker.account.SecondFactorSignIn;
import org.outreachtracker.account.SignInAccounts;
import org.outreachtracker.account.SignInAttempts;
import org.outreachtracker.base.Authenticated;
import org.outreachtracker.security.ui.LoginView;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.stereotype.Service;

/**
 * Web security: form sign-in at {@code /login} (only after the system-use notice was
 * acknowledged, and only with the session's CSRF token), every other request denied unless the user is signed in (and each view then
 * checks its own access annotation), a new session id at sign-in, sign-out recorded and the
 * session invalidated; method security on for {@code @RolesAllowed} and {@code @PreAuthorize}
 * (and {@link Authenticated}) on service methods, refusals published as events for the audit trail.
 * Calendar feeds have a stateless chain of their own ({@link #calendarFeedFilterChain}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final String LOGIN_PATH = "/login";

    /** Calendar feeds: {@code /calendar/<token>.ics}, fetched by calendar applications without signing in. */
    static final String CALENDAR_FEEDS = "/calendar/**";

    static final String CALENDAR_FEED = "/calendar/*.ics";

    /**
     * Calendar feeds, before everything else: the secret address is the key, so anyone may GET one
     * (the feed answers 404 for an unknown address), and nothing else under {@code /calendar/}.
     * Stateless: no session is created or read, nothing is remembered for a later sign-in, no CSRF
     * token is made (a GET changes nothing). The response headers are the application's usual ones.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(CALENDAR_FEEDS)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, CALENDAR_FEED)
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frames -> frames.deny())
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignInAttempts attempts,
            SignOutRecorder signOut,
            RequestUtil requestUtil,
            SignInAccounts accounts,
            ExternalSignInSecurity external,
            ExternalSignInProperties externalSettings,
            ExternalAccounts externalAccounts,
            CertificateSignInProperties certificates,
            Clock clock)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // The application's own style sheets and images (from frontend/), and liveness.
                .requestMatchers("/styles/**", "/images/**", "/lumo/**")
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .denyAll());
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        // Before the start of a sign-in through the ministry's provider, which comes before the password form's.
        http.addFilterBefore(new SystemUseNoticeFilter(attempts), OAuth2AuthorizationRequestRedirectFilter.class);
        http.addFilterBefore(
                new LocalPasswordsFilter(externalSettings, externalAccounts),
                UsernamePasswordAuthenticationFilter.class);
        external.apply(http);
        if (certificates.enabled()) {
            http.addFilterBefore(
                    new CertificateSignInFilter(certificates, externalAccounts, attempts, clock),
                    UsernamePasswordAuthenticationFilter.class);
        }
        // Every request of a signed-in session uses the account's current state and roles.
        http.addFilterBefore(new CurrentAccountFilter(accounts), AnonymousAuthenticationFilter.class);
        // Runs before the session is invalidated (Spring adds its own handlers after this one).
        http.logout(logout -> logout.addLogoutHandler(signOut)
                .addLogoutHandler(external::rememberIdToken)
                .invalidateHttpSession(true));
        http.headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives(SecurityHeadersFilter.CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        // CSRF: Vaadin's own requests (UI events, heartbeats) carry Vaadin's security key instead, as
        // Vaadin configures it. Unlike Vaadin's default, the sign-in form must carry the session's
        // token too: a form posted from another site must not sign the victim into someone else's
        // account. A sign-in refused for it is recorded and told "the page had expired".
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new SignInTokenRefusal(attempts));
                        return filter;
                    }
                }));
        // Addresses that are no view are passed to Vaadin, which shows its not-found page to
        // anyone (Vaadin's default refuses them: a bare 403 once signed in). Views keep their own
        // rules: a signed-in user is required, and each view's access annotation is checked.
        http.with(vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, LOGIN_PATH + "?signed-out")
                    .enableCsrfConfiguration(false)
                    .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll);
            if (external.enabled()) {
                vaadin.logoutSuccessHandler(external.signOutHandler());
            }
        });
        return http.build();
    }

    /** Password sign-in ({@link AccountAuthenticationProvider}). */
    @Bean
    DaoAuthenticationProvider authenticationProvider(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            SignInAttempts attempts,
            SecondFactorSignIn secondFactors) {
        return new AccountAuthenticationProvider(users, passwordEncoder, attempts, secondFactors);
    }

    /** Publishes refused access checks as application events ({@link SecurityEvents} records them). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /**
     * {@code @RolesAllowed} enforced on {@code @Service} beans only. Views carry the same
     * annotation, but Vaadin checks it before navigation; letting method security proxy a view
     * as well would wrap a UI component in a CGLIB subclass, which Vaadin does not expect.
     * Refusals are published like those of {@code @PreAuthorize}.
     */
    @Bean
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor serviceRolesAllowed(ApplicationEventPublisher publisher) {
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new AnnotationMatchingPointcut(Service.class, true), new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        interceptor.setAuthorizationEventPublisher(new SpringAuthorizationEventPublisher(publisher));
        return interceptor;
    }

    /**
     * BCrypt by default; hashes stored with an {id} prefix so the algorithm can change later.
     * Passwords are hashed and compared in their normalised form ({@link NormalizingPasswordEncoder}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new NormalizingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /** How the account feature hashes and checks passwords: with {@link #passwordEncoder}. */
    @Bean
    PasswordHashing passwordHashing(PasswordEncoder passwordEncoder) {
        return new PasswordHashing() {
            @Override
            public String hash(String password) {
                return passwordEncoder.encode(password);
            }

            @Override
            public boolean matches(String password, String hash) {
                return passwordEncoder.matches(password, hash);
            }
        };
    }
}
