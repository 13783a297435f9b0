package org.outreachtracker.attachment;

/** A stored file with its bytes, to hand to the person downloading it. */
public record AttachmentFile(AttachmentRef ref, byte[] content) {

    public AttachmentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
