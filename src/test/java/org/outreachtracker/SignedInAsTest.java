package org.outreachtracker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@link SignedInAs}: the class's account for each test, unless the test names its own. */
@IntegrationTest
@SignedInAs("officer")
class SignedInAsTest {

    @Test
    void theClasssAccountIsSignedInWithItsRoles() {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();

        assertThat(signedIn.getName()).isEqualTo("officer");
        assertThat(signedIn.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_DESK_OFFICER");
    }

    @Test
    @SignedInAs("manager")
    void aTestsOwnAccountWinsOverTheClasss() {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();

        assertThat(signedIn.getName()).isEqualTo("manager");
        assertThat(signedIn.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_MANAGER")
                .doesNotContain("ROLE_DESK_OFFICER");
    }
}
