package org.outreachtracker.shell;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings for the user interface ({@code outreach.ui.*}).
 *
 * @param bannerText the handling banner shown at the top of every page, e.g. "UNCLASSIFIED";
 *                   empty for none
 */
@ConfigurationProperties("outreach.ui")
public record UiProperties(String bannerText) {

    public UiProperties {
        bannerText = bannerText == null ? "" : bannerText.strip();
    }
}
