package org.outreachtracker.counterpart;

/** How large a counterparts file may be, and what a user is told about one that is larger. */
public final class ImportLimits {

    private ImportLimits() {}

    /** The largest file accepted, in bytes. */
    public static int maxBytes() {
        return CounterpartFileReader.MAX_BYTES;
    }

    /** "The file is too large (50.0 MB)…"; {@code bytes} 0 or less when the size is not known. */
    public static String tooLargeMessage(long bytes) {
        return CounterpartFileReader.tooLarge(bytes);
    }
}
