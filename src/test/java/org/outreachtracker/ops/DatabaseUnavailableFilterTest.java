package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DatabaseUnavailableFilterTest {

    private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();

    @Test
    void aRequestFailingForTheDatabaseIsAnsweredTryAgain() throws Exception {
        var response = new MockHttpServletResponse();
        response.getWriter().write("half a page");
        filter.doFilter(new MockHttpServletRequest("GET", "/meetings"), response, (request, answer) -> {
            throw new ServletException(new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection", new SQLTransientConnectionException("timed out")));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentAsString()).isEqualTo(DatabaseUnavailableFilter.TRY_AGAIN);
    }

    @Test
    void otherFailuresPassThroughUnchanged() {
        var response = new MockHttpServletResponse();
        var defect = new IllegalStateException("a defect");
        assertThatThrownBy(() ->
                        filter.doFilter(new MockHttpServletRequest("GET", "/meetings"), response, (request, answer) -> {
                            throw defect;
                        }))
                .isSameAs(defect);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aRequestThatSucceedsIsLeftAlone() throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(
                new MockHttpServletRequest("GET", "/meetings"),
                response,
                (request, answer) -> answer.getWriter().write("the page"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("the page");
    }
}
