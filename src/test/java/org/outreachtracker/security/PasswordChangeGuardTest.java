package org.outreachtracker.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SignedInUser;
import org.outreachtracker.account.ui.ChangePasswordView;
import org.outreachtracker.meeting.ui.MeetingsView;
import org.outreachtracker.security.ui.LoginView;
import org.outreachtracker.security.ui.SecondFactorCodeView;
import org.outreachtracker.shell.UnexpectedErrorPage;
import org.springframework.dao.DataAccessResourceFailureException;

/** Where the guard sends a signed-in user, and that an error page opens without the database. */
class PasswordChangeGuardTest {

    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final SessionIdentity session = mock(SessionIdentity.class);
    private final PasswordChangeGuard guard = new PasswordChangeGuard(currentUser, session);

    @BeforeEach
    void signedIn() {
        when(currentUser.get())
                .thenReturn(Optional.of(new SignedInUser(7, "officer", "Olivia Officer", Set.of(Role.DESK_OFFICER))));
    }

    @Test
    void anErrorPageOpensWhenTheDatabaseCannotBeReached() {
        when(currentUser.accountActive()).thenThrow(new DataAccessResourceFailureException("Connection is closed"));
        when(currentUser.passwordChangeRequired())
                .thenThrow(new DataAccessResourceFailureException("Connection is closed"));
        BeforeEnterEvent toErrorPage = navigationTo(UnexpectedErrorPage.class);

        assertThatCode(() -> guard.check(toErrorPage)).doesNotThrowAnyException();
        verify(toErrorPage, never()).forwardTo(any(Class.class));
    }

    @Test
    void aPageIsStillCheckedAndADeactivatedAccountIsSentToSignIn() {
        when(currentUser.accountActive()).thenReturn(false);
        BeforeEnterEvent toMeetings = navigationTo(MeetingsView.class);

        guard.check(toMeetings);

        verify(toMeetings).forwardTo(LoginView.class);
        verify(session).endSessionOfDeactivatedAccount();
    }

    @Test
    void aPasswordThatMustChangeStillLeadsToTheChangePasswordPage() {
        when(currentUser.accountActive()).thenReturn(true);
        when(currentUser.passwordChangeRequired()).thenReturn(true);
        BeforeEnterEvent toMeetings = navigationTo(MeetingsView.class);

        guard.check(toMeetings);

        verify(toMeetings).forwardTo(ChangePasswordView.class);
    }

    @Test
    void aSessionWaitingForItsSecondFactorIsSentToTheCodePageEvenFromAnErrorPage() {
        when(session.codeRequired()).thenReturn(true);
        BeforeEnterEvent toErrorPage = navigationTo(UnexpectedErrorPage.class);

        guard.check(toErrorPage);

        verify(toErrorPage).forwardTo(SecondFactorCodeView.class);
    }

    private static BeforeEnterEvent navigationTo(Class<? extends Component> target) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getNavigationTarget()).thenAnswer(invocation -> target);
        return event;
    }
}
