package org.outreachtracker;

import org.outreachtracker.ops.DatabaseCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Outreach Tracker: records which posts raised which talking points with which foreign
 * counterparts, how they reacted, and the follow-up that is due.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    /**
     * Starts the application; or, with {@code --outreach.backup=now} or
     * {@code --outreach.restore=FILE}, runs that database command instead and exits
     * ({@link DatabaseCommands}).
     */
    public static void main(String[] args) {
        if (DatabaseCommands.requested(args)) {
            System.exit(DatabaseCommands.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
