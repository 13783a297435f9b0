package org.outreachtracker.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through the ministry's OpenID Connect provider ({@code outreach.security.oidc.*}
 * in {@code config/application.properties}). Off while {@code issuer-uri} is empty.
 *
 * @param issuerUri the provider's issuer; its discovery document is read at the first sign-in
 *     through it, so the application starts while the provider is down [empty: off]
 * @param clientId this application's client id at the provider
 * @param clientSecret its secret; from the environment ({@code OUTREACH_SECURITY_OIDC_CLIENTSECRET})
 * @param providerName how the sign-in page names the provider ["your ministry account"]
 * @param usernameClaim the claim that names the account ["preferred_username"]; the e-mail
 *     address, then the subject, when it is missing
 * @param groupsClaim the claim that lists the person's groups ["groups"]; a sign-in without it is refused
 * @param roleGroups for each role, the groups that give it [DESK_OFFICER: outreach-officers,
 *     MANAGER: outreach-managers, ADMIN: outreach-administrators]; a person in none is refused
 * @param deskGroupPrefix groups named this prefix and a country code (ISO 3166 alpha-2, as
 *     "outreach-desk-BR") give that desk country ["outreach-desk-"]
 * @param localPasswords who may still sign in with a password of this application [EVERYONE]
 * @param breakGlassAccounts the accounts that keep their password when local passwords are off
 *     for everyone else ["admin"]
 */
@ConfigurationProperties("outreach.security.oidc")
public record ExternalSignInProperties(
        @DefaultValue("") String issuerUri,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("your ministry account") String providerName,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("groups") String groupsClaim,
        Map<Role, List<String>> roleGroups,
        @DefaultValue("outreach-desk-") String deskGroupPrefix,
        @DefaultValue("EVERYONE") LocalPasswords localPasswords,
        @DefaultValue("admin") List<String> breakGlassAccounts) {

    /** Who may sign in with a password kept by this application. */
    public enum LocalPasswords {
        EVERYONE,
        /** Only the {@link #breakGlassAccounts}: everyone else signs in through the provider. */
        BREAK_GLASS_ONLY
    }

    public ExternalSignInProperties {
        roleGroups = roleGroups == null || roleGroups.isEmpty()
                ? Map.of(
                        Role.DESK_OFFICER, List.of("outreach-officers"),
                        Role.MANAGER, List.of("outreach-managers"),
                        Role.ADMIN, List.of("outreach-administrators"))
                : Map.copyOf(roleGroups);
        breakGlassAccounts =
                breakGlassAccounts.stream().map(SignInAccounts::normalize).toList();
        if (!issuerUri.isBlank() && clientId.isBlank()) {
            throw new IllegalArgumentException(
                    "outreach.security.oidc.client-id must be set when outreach.security.oidc.issuer-uri is");
        }
    }

    /** Whether sign-in through the provider is configured. */
    public boolean enabled() {
        return !issuerUri.isBlank();
    }

    /** Whether this account may sign in with a password of this application. */
    public boolean mayUsePassword(String username) {
        return localPasswords == LocalPasswords.EVERYONE
                || breakGlassAccounts.contains(SignInAccounts.normalize(username));
    }

    /** The country code a group names as a desk country, upper case, or null when it names none. */
    String deskCountryOf(String group) {
        if (deskGroupPrefix.isEmpty() || !group.startsWith(deskGroupPrefix)) {
            return null;
        }
        String code = group.substring(deskGroupPrefix.length()).toUpperCase(Locale.ROOT);
        return code.matches("[A-Z]{2}") ? code : null;
    }
}
