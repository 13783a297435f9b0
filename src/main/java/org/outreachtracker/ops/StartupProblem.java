package org.outreachtracker.ops;

/**
 * A reason the application cannot start that the operator can fix: what is wrong, and what to
 * do. {@link StartupProblemAnalyzer} prints it as Spring Boot's failure report, without a stack
 * trace.
 */
public class StartupProblem extends RuntimeException {

    private final String action;

    StartupProblem(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
