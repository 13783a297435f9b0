package org.outreachtracker.ops;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a {@link StartupProblem} as the one failure report of a start (registered in
 * {@code META-INF/spring.factories}; it needs no application context, since some problems, such
 * as a broken settings file, stop the start before there is one).
 */
public class StartupProblemAnalyzer extends AbstractFailureAnalyzer<StartupProblem> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupProblem problem) {
        return new FailureAnalysis(problem.getMessage(), problem.action(), problem);
    }
}
