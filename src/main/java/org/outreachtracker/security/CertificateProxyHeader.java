package org.outreachtracker.security;

import org.apache.catalina.valves.SSLValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Behind a TLS-terminating proxy that verified the client's certificate and forwards it in a
 * header ({@code outreach.security.certificates.proxy-header}): Tomcat's {@link SSLValve} makes it
 * the request's certificate, as if the connection had carried it. Only a proxy may reach the
 * application then, or anyone could send that header (the README says so).
 */
@Component
class CertificateProxyHeader implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final CertificateSignInProperties settings;

    CertificateProxyHeader(CertificateSignInProperties settings) {
        this.settings = settings;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (settings.enabled() && !settings.proxyHeader().isBlank()) {
            var valve = new SSLValve();
            valve.setSslClientEscapedCertHeader(settings.proxyHeader());
            factory.addEngineValves(valve);
        }
    }
}
