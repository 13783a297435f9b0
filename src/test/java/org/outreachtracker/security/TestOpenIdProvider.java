package org.outreachtracker.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server on a free port of
 * 127.0.0.1 (not "localhost", so that its session cookie and the application's stay apart in one
 * browser), whose people sign in on its own form and get their groups in the ID token. Tests
 * change a person's groups, or make the provider sign its tokens as another issuer.
 */
public final class TestOpenIdProvider implements AutoCloseable {

    public static final String CLIENT_ID = "outreach-tracker";
    public static final String CLIENT_SECRET = "test-client-secret";

    private final State state;
    private final ConfigurableApplicationContext context;

    private TestOpenIdProvider(State state) {
        this.state = state;
        this.context = new SpringApplicationBuilder(Server.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("providerState", state))
                .web(WebApplicationType.SERVLET)
                .properties(
                        "spring.config.location=optional:classpath:/outreach-test-provider/",
                        "server.port=" + state.port,
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off")
                .run();
    }

    /**
     * Starts a provider where each person signs in with the password given, and which lets the
     * application at {@code applicationUrl} receive sign-ins.
     */
    public static TestOpenIdProvider start(Map<String, String> passwords, String applicationUrl) {
        return new TestOpenIdProvider(new State(freePort(), Map.copyOf(passwords), applicationUrl));
    }

    /** Reserves a port now, for a provider started later at {@link #issuerAt}. */
    public static int reservePort() {
        return freePort();
    }

    public static String issuerAt(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the provider on a port reserved before (its issuer was given to the application). */
    public static TestOpenIdProvider startOn(int port, Map<String, String> passwords, String applicationUrl) {
        return new TestOpenIdProvider(new State(port, Map.copyOf(passwords), applicationUrl));
    }

    public String issuer() {
        return issuerAt(state.port);
    }

    /** The groups the provider gives the person from now on (null: no groups claim at all). */
    public void setGroups(String username, List<String> groups) {
        if (groups == null) {
            state.groups.remove(username);
        } else {
            state.groups.put(username, List.copyOf(groups));
        }
    }

    /** Signs the next ID tokens as another issuer (null: as itself again). */
    public void signAs(String otherIssuer) {
        state.issuerOverride = otherIssuer;
    }

    @Override
    public void close() {
        context.close();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the tests change while the provider runs. */
    static final class State {
        final int port;
        final Map<String, String> passwords;
        final String applicationUrl;
        final Map<String, List<String>> groups = new ConcurrentHashMap<>();
        volatile String issuerOverride;

        State(int port, Map<String, String> passwords, String applicationUrl) {
            this.port = port;
            this.passwords = passwords;
            this.applicationUrl = applicationUrl;
        }
    }

    /**
     * The provider's Spring configuration: only the auto-configurations a servlet authorization
     * server needs, and no component scan, so nothing of the application is in it.
     */
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    static class Server {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .oauth2ResourceServer(resources -> resources.jwt(Customizer.withDefaults()));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService people(State providerState) {
            return new InMemoryUserDetailsManager(providerState.passwords.entrySet().stream()
                    .map(person -> User.withUsername(person.getKey())
                            .password("{noop}" + person.getValue())
                            .roles("USER")
                            .build())
                    .toList());
        }

        @Bean
        InMemoryRegisteredClientRepository clients(State providerState) {
            return new InMemoryRegisteredClientRepository(
                    RegisteredClient.withId(UUID.randomUUID().toString())
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri(providerState.applicationUrl + "/login/oauth2/code/ministry")
                            .postLogoutRedirectUri(providerState.applicationUrl + "/login?signed-out")
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.PROFILE)
                            .scope(OidcScopes.EMAIL)
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    .build())
                            .build());
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return NimbusJwtDecoder.withJwkSource(keys).build();
        }

        @Bean
        AuthorizationServerSettings settings(State providerState) {
            return AuthorizationServerSettings.builder()
                    .issuer(issuerAt(providerState.port))
                    .build();
        }

        /** Groups, name and e-mail in the ID token; the issuer replaced when a test asks. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokens(State providerState) {
            return token -> {
                if (!OidcParameterNames.ID_TOKEN.equals(token.getTokenType().getValue())) {
                    return;
                }
                String username = token.getPrincipal().getName();
                List<String> groups = providerState.groups.get(username);
                if (groups != null) {
                    token.getClaims().claim("groups", groups);
                }
                token.getClaims().claim("preferred_username", username);
                token.getClaims().claim("name", "Test " + username);
                token.getClaims().claim("email", username + "@ministry.example");
                if (providerState.issuerOverride != null) {
                    token.getClaims().issuer(providerState.issuerOverride);
                }
            };
        }
    }
}
