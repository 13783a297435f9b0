package org.outreachtracker.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;
import org.outreachtracker.base.AbstractEntity;

/**
 * A person who signs in: their roles and, for desk officers, the countries of their desk.
 * The sign-in bookkeeping (failed attempts, lock time, last sign-in) is changed only by
 * single-statement updates in {@link UserAccountRepository}, which neither raise the version
 * nor count as an edit; updates write only the columns that changed, so an edit never writes
 * back stale bookkeeping.
 */
@Entity
@DynamicUpdate
@Table(name = "app_user")
class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 50)
    private String username = "";

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName = "";

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash = "";

    @Column(length = 254)
    private @Nullable String email;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "demo_account", nullable = false)
    private boolean demoAccount;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "first_failed_at")
    private @Nullable Instant firstFailedAt;

    @Column(name = "locked_at")
    private @Nullable Instant lockedAt;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    /** The language the interface speaks to this person ("fr"); none: their browser's. */
    @Column(name = "language", length = 8)
    private @Nullable String language;

    /** The time zone times are shown in ("Europe/Paris"); none: their browser's. */
    @Column(name = "time_zone", length = 64)
    private @Nullable String timeZone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_desk", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "country_id", nullable = false)
    private Set<Long> deskCountryIds = new HashSet<>();

    protected UserAccount() {}

    UserAccount(String username, String displayName, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    @Nullable
    String getLanguage() {
        return language;
    }

    @Nullable
    String getTimeZone() {
        return timeZone;
    }

    void setDisplayPreferences(DisplayPreferences preferences) {
        this.language = preferences.language();
        this.timeZone = preferences.timeZone();
    }

    /** Where notifications are e-mailed; null for none. */
    @Nullable
    String getEmail() {
        return email;
    }

    void setEmail(@Nullable String email) {
        this.email = email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isLocked() {
        return locked;
    }

    void setLocked(boolean locked) {
        this.locked = locked;
    }

    /** When the lock was set (it ends by itself a set time later); none if locked by hand before that rule. */
    @Nullable
    Instant getLockedAt() {
        return lockedAt;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    @Nullable
    Instant getLastSignInAt() {
        return lastSignInAt;
    }

    /** Whether the account is locked at {@code now}: a lock ends by itself {@code lockDuration} after it was set. */
    boolean isLockedAt(Instant now, java.time.Duration lockDuration) {
        return locked && (lockedAt == null || lockedAt.plus(lockDuration).isAfter(now));
    }

    boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    boolean isDemoAccount() {
        return demoAccount;
    }

    void setDemoAccount(boolean demoAccount) {
        this.demoAccount = demoAccount;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    Set<Long> getDeskCountryIds() {
        return Set.copyOf(deskCountryIds);
    }

    void setDeskCountryIds(Set<Long> countryIds) {
        this.deskCountryIds.clear();
        this.deskCountryIds.addAll(countryIds);
    }
}
