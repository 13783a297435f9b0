package org.outreachtracker.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing in with a smart card's certificate (PIV, CAC) over mutual TLS
 * ({@code outreach.security.certificates.*} in {@code config/application.properties}).
 *
 * @param enabled whether the sign-in page offers it [false]
 * @param trustedCa the PEM file of the certificate authorities whose certificates are accepted
 *     (the chain is checked again here, also behind a proxy that checked it)
 * @param usernamePattern the regular expression whose first group, found in the certificate's
 *     subject, is the account's username ["CN=(.*?)(?:,|$)"]
 * @param proxyHeader the request header in which a TLS-terminating proxy forwards the client's
 *     verified certificate (PEM, URL-encoded, as nginx's {@code $ssl_client_escaped_cert}) [empty:
 *     the application terminates TLS itself and reads the certificate from the connection]
 */
@ConfigurationProperties("outreach.security.certificates")
public record CertificateSignInProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String trustedCa,
        @DefaultValue("CN=(.*?)(?:,|$)") String usernamePattern,
        @DefaultValue("") String proxyHeader) {

    public CertificateSignInProperties {
        if (enabled && trustedCa.isBlank()) {
            throw new IllegalArgumentException(
                    "outreach.security.certificates.trusted-ca must name the PEM file of the trusted"
                            + " certificate authorities when certificate sign-in is enabled");
        }
    }
}
