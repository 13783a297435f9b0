package org.outreachtracker.attachment;

import java.time.Instant;

/**
 * A stored file as lists show it.
 *
 * @param fileName the name it was uploaded under, made safe to show ({@link FileName#safe})
 * @param mediaType its type, as its content shows
 */
public record AttachmentRef(long id, String fileName, String mediaType, long sizeBytes, Instant uploadedAt) {

    /** Its size as people read it: "12 KB". */
    public String sizeText() {
        return FileRules.size(sizeBytes);
    }
}
