package org.outreachtracker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests. It starts at the same moment in every run ({@link #START},
 * a Wednesday morning in UTC), so the demo data's dates, "today" and "this week" are the same
 * whenever and wherever the tests run, and then runs on with the real time, so that records
 * made one after the other keep their order. Tests move it forward by whatever they need (a
 * lock running out, a failure window passing) and put it back when done.
 */
public final class TestClock extends Clock {

    /** The moment every test run starts at. */
    public static final Instant START = Instant.parse("2026-06-17T08:30:00Z");

    private final long startedNanos = System.nanoTime();
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return START.plusNanos(System.nanoTime() - startedNanos).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same clock (moved with it) seen from another time zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock utc = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return utc.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return utc.withZone(other);
            }
        };
    }
}
