package org.outreachtracker.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Operator settings for attached files ({@code outreach.attachments.*}).
 *
 * @param maxSize the largest file accepted (10MB unless set, e.g. {@code 25MB})
 * @param unlinkedDays a file uploaded on a form that was never saved is removed after this many
 *     days (7 unless set); a meeting form kept unsaved longer loses its files, not its other fields
 */
@ConfigurationProperties("outreach.attachments")
public record AttachmentProperties(DataSize maxSize, Integer unlinkedDays) {

    public AttachmentProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        unlinkedDays = unlinkedDays == null ? 7 : unlinkedDays;
    }
}
