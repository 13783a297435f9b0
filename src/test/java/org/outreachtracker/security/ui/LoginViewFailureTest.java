package org.outreachtracker.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.WebAttributes;

/** What the sign-in page says after a failed sign-in: a wrong password, or a database that could not be reached. */
@IntegrationTest
class LoginViewFailureTest extends SpringBrowserlessTest {

    @Test
    void aSignInThatCouldNotReachTheDatabaseSaysTryAgainNotWrongPassword() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new InternalAuthenticationServiceException(
                                "Failed to obtain JDBC Connection",
                                new CannotGetJdbcConnectionException(
                                        "Failed to obtain JDBC Connection",
                                        new SQLTransientConnectionException("request timed out after 30000ms"))));
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));
        String shown = errorShown();
        assertThat(shown).contains("your password could not be checked").doesNotContain("is not correct");
    }

    @Test
    void aWrongPasswordIsSaidAsBefore() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("Bad credentials"));
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));
        assertThat(errorShown()).contains("The username or password is not correct");
    }

    private String errorShown() {
        var view = (LoginView) getCurrentView();
        assertThat(view.loginForm.isError()).isTrue();
        return String.valueOf(view.loginForm.getElement().getPropertyRaw("i18n"));
    }
}
