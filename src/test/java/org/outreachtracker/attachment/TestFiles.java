package org.outreachtracker.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of each kind, made byte by byte. */
final class TestFiles {

    private TestFiles() {}

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                        + "trailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] text() {
        return "Non-paper: the Government of Freedonia asks for support.\n".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] rtf() {
        return "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} \\f0 Aide-memoire.}".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] program() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    static byte[] png() {
        return new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            0x0d,
            0x0a,
            0x1a,
            0x0a,
            0,
            0,
            0,
            0x0d,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            2,
            0,
            0,
            0
        };
    }

    /** A Word package: a ZIP whose first entry is "[Content_Types].xml". */
    static byte[] docx() {
        return zip(
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                false);
    }

    /** An OpenDocument text: a ZIP whose first entry, stored, is "mimetype". */
    static byte[] odt() {
        return zip("mimetype", "application/vnd.oasis.opendocument.text", true);
    }

    /** A Word 97 file's signature: an OLE2 compound document header. */
    static byte[] doc() {
        byte[] bytes = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    private static byte[] zip(String name, String content, boolean stored) {
        try {
            var bytes = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(bytes)) {
                byte[] data = content.getBytes(StandardCharsets.UTF_8);
                var entry = new ZipEntry(name);
                if (stored) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    var crc = new CRC32();
                    crc.update(data);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("content.xml"));
                zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
