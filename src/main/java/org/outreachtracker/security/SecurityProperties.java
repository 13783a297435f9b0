package org.outreachtracker.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings for signing in ({@code outreach.security.*} in config/application.properties).
 *
 * @param systemUseNotice the notice shown on the sign-in page before anyone signs in
 */
@ConfigurationProperties("outreach.security")
public record SecurityProperties(String systemUseNotice) {

    public SecurityProperties {
        if (systemUseNotice == null || systemUseNotice.isBlank()) {
            systemUseNotice = "This is a government information system for authorized use only.";
        }
    }
}
