package org.outreachtracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Requests counted per key in fixed windows, as the calendar feed's rate limits use them. */
class FixedWindowLimiterTest {

    /** A clock that stands still until moved. */
    static final class StoppedClock extends Clock {

        private Instant now = Instant.parse("2026-06-17T08:30:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final StoppedClock clock = new StoppedClock();
    private final FixedWindowLimiter limiter = new FixedWindowLimiter(3, Duration.ofMinutes(10), clock);

    @Test
    void allowsTheLimitInAWindowThenRefusesSayingWhenToComeBack() {
        assertThat(limiter.acquire("a").allowed()).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isTrue();

        var refused = limiter.acquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(8));
        assertThat(refused.firstRefusal()).isTrue();

        clock.advance(Duration.ofSeconds(30).plusMillis(1));
        var again = limiter.acquire("a");
        assertThat(again.allowed()).isFalse();
        assertThat(again.firstRefusal())
                .as("only the first refusal of a window is marked")
                .isFalse();
        assertThat(again.retryAfter()).as("rounded up to whole seconds").isEqualTo(Duration.ofSeconds(7 * 60 + 30));
    }

    @Test
    void eachKeyHasItsOwnCount() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        assertThat(limiter.acquire("a").allowed()).isFalse();
        assertThat(limiter.acquire("b").allowed()).isTrue();
    }

    @Test
    void aNewWindowStartsOnceTheOldOneHasPassed() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("a");
        }
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(limiter.acquire("a").allowed()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isFalse();
    }

    @Test
    void forgetsPassedWindowsWhenManyKeysWereSeen() {
        for (int i = 0; i < 10_001; i++) {
            limiter.acquire("client-" + i);
        }
        for (int i = 0; i < 3; i++) {
            limiter.acquire("client-0");
        }
        assertThat(limiter.acquire("client-0").allowed()).isFalse();
        clock.advance(Duration.ofMinutes(10));

        // A new key after the windows passed tidies the table; the old keys start afresh.
        assertThat(limiter.acquire("newcomer").allowed()).isTrue();
        assertThat(limiter.size()).isEqualTo(1);
        assertThat(limiter.acquire("client-0").allowed()).isTrue();
    }

    @Test
    void refusesASettingThatAllowsNothing() {
        assertThatThrownBy(() -> new FixedWindowLimiter(0, Duration.ofMinutes(10), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FixedWindowLimiter(5, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
