package org.outreachtracker.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user's second factor: whether they use an authenticator app and since when, how
 * many recovery codes are left, whether they must use one, and whether this system can enrol one
 * (it needs its encryption key).
 */
public record SecondFactorStatus(
        @Nullable Instant enrolledAt, int recoveryCodesLeft, boolean required, boolean enrolmentAvailable) {

    public boolean enrolled() {
        return enrolledAt != null;
    }
}
