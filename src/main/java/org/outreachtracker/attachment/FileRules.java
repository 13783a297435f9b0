package org.outreachtracker.attachment;

import java.util.Optional;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.outreachtracker.base.RuleViolationException;

/**
 * What a file must be to be kept: not empty, within the size limit, of an accepted type as its
 * content shows (its name is not trusted), and named for what it is. The content is read by
 * Tika's detector: the bytes' signature first (a PDF starts "%PDF", a program "MZ"); where the
 * signature names only a family (a Word file is a ZIP package, a Word 97 file an OLE2 store) the
 * name picks the member, and only a member of the family the content shows.
 */
final class FileRules {

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry TYPES =
            MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private FileRules() {}

    /** The accepted type of this file, or a refusal saying in plain words what is wrong. */
    static FileType check(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw RuleViolationException.because("refusal.attachment.empty", fileName);
        }
        if (content.length > maxBytes) {
            throw RuleViolationException.because(
                    "refusal.attachment.tooLarge", fileName, size(content.length), size(maxBytes));
        }
        MediaType byContent = base(TIKA.detect(content));
        MediaType withName = base(TIKA.detect(content, fileName));
        boolean nameFitsContent = withName.equals(byContent) || TYPES.isSpecializationOf(withName, byContent);
        MediaType detected = nameFitsContent ? withName : byContent;
        FileType type = accepted(detected)
                .orElseThrow(() -> new RuleViolationException("The file \"" + fileName + "\" is "
                        + describe(detected) + ", which cannot be attached. Accepted: " + FileType.acceptedText()
                        + "."));
        String extension = FileName.extension(fileName);
        if (!nameFitsContent || !type.extensions().contains(extension)) {
            throw new RuleViolationException("The file \"" + fileName + "\" is named "
                    + (extension.isEmpty() ? "without an ending" : "as ." + extension) + " but its content is "
                    + type.label() + "; rename it to end in ."
                    + type.extensions().stream().sorted().findFirst().orElseThrow()
                    + " or attach the right file.");
        }
        return type;
    }

    private static Optional<FileType> accepted(MediaType type) {
        return FileType.ACCEPTED.stream()
                .filter(t -> t.mediaType().equals(type.toString()))
                .findFirst();
    }

    private static MediaType base(String detected) {
        MediaType type = MediaType.parse(detected);
        return type == null ? MediaType.OCTET_STREAM : type.getBaseType();
    }

    private static String describe(MediaType type) {
        String name = type.toString();
        if (name.contains("msdownload")
                || name.contains("executable")
                || name.contains("dosexec")
                || name.contains("elf")
                || name.contains("mach-o")) {
            return "a program (" + name + ")";
        }
        if (name.equals("application/octet-stream")) {
            return "of a type that cannot be recognised";
        }
        return "of type " + name;
    }

    /** A size as people read it: "12 KB", "3.4 MB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return megabytes == Math.floor(megabytes)
                ? (long) megabytes + " MB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", megabytes);
    }
}
