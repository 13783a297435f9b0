package org.outreachtracker.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.outreachtracker.base.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a request that fails because the database cannot be reached (stopped,
 * restarting, the network to it cut) is answered {@code 503 Service Unavailable} with a short
 * "try again" text and a {@code Retry-After}, instead of a server error with a stack trace. It
 * covers what fails before or around the views, such as checking the signed-in account on each
 * request or building a page's layout; the views' own failures are told in the page (the shell's
 * error handler). A failure is logged in one line: it is an outage, not a defect. Vaadin's
 * browser client retries a request answered 503, so an open page carries on once the database
 * is back.
 */
@Component
class DatabaseUnavailableFilter extends OncePerRequestFilter implements Ordered {

    static final String TRY_AGAIN = "Outreach Tracker cannot reach its database just now. Please try again in a"
            + " minute; what you saved before is kept.";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException problem) {
            if (!DatabaseUnavailable.isCause(problem) || response.isCommitted()) {
                throw problem;
            }
            log.warn(
                    "{} {} answered 503: the database cannot be reached ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootCause(problem));
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(TRY_AGAIN.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String rootCause(Throwable problem) {
        Throwable cause = problem;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }
}
