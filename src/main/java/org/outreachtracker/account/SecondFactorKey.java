package org.outreachtracker.account;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that encrypts authenticator secrets: {@code outreach.security.mfa.key}. In demo mode
 * without one, a published demo key, so the demo can show enrolment; that key is refused at start
 * when demo mode is off, so it never protects real secrets.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorKey {

    /** DEMO ONLY, published in the source: "demo-only-mfa-key-not-for-use!!!" in Base64. */
    static final String DEMO_KEY = "ZGVtby1vbmx5LW1mYS1rZXktbm90LWZvci11c2UhISE=";

    private static final Logger log = LoggerFactory.getLogger(SecondFactorKey.class);

    @Bean
    SecretCipher secretCipher(SecurityProperties properties, @Value("${outreach.demo.enabled:false}") boolean demo) {
        String key = properties.mfa().key();
        if (!demo && DEMO_KEY.equals(key)) {
            throw new IllegalStateException("outreach.security.mfa.key is the published demo key, which is only for"
                    + " demo mode: set a key of your own (openssl rand -base64 32)");
        }
        if (key.isEmpty() && demo) {
            log.warn("Demo mode: authenticator secrets are encrypted with the published demo key;"
                    + " set outreach.security.mfa.key for real use");
            key = DEMO_KEY;
        }
        var mfa = properties.mfa();
        if (key.isEmpty() && (mfa.requiredForAdministrators() || mfa.requiredForEveryone())) {
            log.warn("outreach.security.mfa.key is not set: nobody can set up an authenticator app, so the accounts"
                    + " that must use one (outreach.security.mfa.required-for-*) cannot finish signing in."
                    + " Set the key (openssl rand -base64 32) in OUTREACH_SECURITY_MFA_KEY.");
        }
        return new SecretCipher(key, new SecureRandom());
    }
}
