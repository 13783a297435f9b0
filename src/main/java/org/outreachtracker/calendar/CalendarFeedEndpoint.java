package org.outreachtracker.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.outreachtracker.security.SystemAccess;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves calendar feeds at {@code GET /calendar/<token>.ics}, without sign-in and without a
 * session (the security configuration lets this path through statelessly). An unknown address is
 * answered 404 with an empty body, whatever the reason; too many requests 429 with Retry-After.
 * Nothing is cached on the way: a revoked address must stop working at once.
 */
@RestController
class CalendarFeedEndpoint {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;
    private final SystemAccess systemAccess;

    CalendarFeedEndpoint(CalendarFeedService feeds, SystemAccess systemAccess) {
        this.feeds = feeds;
        this.systemAccess = systemAccess;
    }

    @GetMapping("/" + CalendarFeedService.PATH_PREFIX + "{token}" + CalendarFeedService.PATH_SUFFIX)
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        String client = request.getRemoteAddr();
        CalendarFeedReply reply = systemAccess.asSystem(() -> feeds.feed(token, client));
        return switch (reply) {
            case CalendarFeedReply.Calendar calendar ->
                ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .body(calendar.text());
            case CalendarFeedReply.NotFound notFound ->
                ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .cacheControl(CacheControl.noStore())
                        .build();
            case CalendarFeedReply.TooManyRequests tooMany ->
                ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                        .header(
                                HttpHeaders.RETRY_AFTER,
                                String.valueOf(tooMany.retryAfter().toSeconds()))
                        .cacheControl(CacheControl.noStore())
                        .build();
        };
    }
}
