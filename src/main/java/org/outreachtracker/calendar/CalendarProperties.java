package org.outreachtracker.calendar;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings for the personal calendar feeds ({@code outreach.calendar.*}).
 *
 * @param baseUrl the address people reach the application at, for the feed's own address and the
 *     links in it ({@code http://localhost:8080/} unless set); a missing final slash is added
 * @param rateLimit how often one feed address and one client address may fetch a feed
 */
@ConfigurationProperties("outreach.calendar")
public record CalendarProperties(URI baseUrl, RateLimit rateLimit) {

    static final URI DEFAULT_BASE_URL = URI.create("http://localhost:8080/");

    public CalendarProperties {
        baseUrl = baseUrl == null ? DEFAULT_BASE_URL : withFinalSlash(baseUrl);
        rateLimit = rateLimit == null ? new RateLimit(null, null, null) : rateLimit;
    }

    /**
     * @param perToken fetches of one feed address per window (60 unless set)
     * @param perAddress fetches from one client address per window, whatever the feed (120 unless set)
     * @param window the length of a counting window (10 minutes unless set)
     */
    public record RateLimit(Integer perToken, Integer perAddress, Duration window) {

        public RateLimit {
            perToken = perToken == null ? 60 : perToken;
            perAddress = perAddress == null ? 120 : perAddress;
            window = window == null ? Duration.ofMinutes(10) : window;
        }
    }

    /** The absolute address of a path of the application ("follow-ups" → "https://host/follow-ups"). */
    String link(String path) {
        return baseUrl.resolve(path).toString();
    }

    private static URI withFinalSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }
}
