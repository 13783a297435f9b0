package org.outreachtracker.ops;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where backups of the embedded H2 database are written ({@code outreach.backup.folder}, by
 * default {@code ./backups} under the working directory; created when missing).
 */
@ConfigurationProperties("outreach.backup")
public record BackupProperties(
        @DefaultValue(BackupProperties.DEFAULT_FOLDER) Path folder) {

    /** The folder when {@code outreach.backup.folder} is not set; the only place it is written. */
    static final String DEFAULT_FOLDER = "./backups";
}
