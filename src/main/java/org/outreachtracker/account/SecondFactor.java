package org.outreachtracker.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An account's authenticator app: its secret as stored (encrypted, see {@link SecretCipher}),
 * when it was enrolled, and the last time step whose code was accepted. The last step is moved
 * only by a single conditional update in {@link SecondFactorRepository}, so two sign-ins with the
 * same code cannot both succeed.
 */
@Entity
@Table(name = "app_user_second_factor")
class SecondFactor {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "enabled_at", nullable = false)
    private Instant enabledAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Version
    private long version;

    protected SecondFactor() {}

    SecondFactor(long userId, String secret, Instant enabledAt, long lastUsedStep) {
        this.userId = userId;
        this.secret = secret;
        this.enabledAt = enabledAt;
        this.lastUsedStep = lastUsedStep;
    }

    long userId() {
        return userId;
    }

    String secret() {
        return secret;
    }

    Instant enabledAt() {
        return enabledAt;
    }

    long lastUsedStep() {
        return lastUsedStep;
    }
}
