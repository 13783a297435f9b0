package org.outreachtracker.calendar;

/**
 * A new secret feed address, given to its owner once: the path within the application
 * ({@code calendar/<token>.ics}) and the full address to subscribe to.
 */
public record FeedAddress(String path, String url) {

    @Override
    public String toString() {
        return "FeedAddress[secret]";
    }
}
