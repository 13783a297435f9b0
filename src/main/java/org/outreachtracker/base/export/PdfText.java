package org.outreachtracker.base.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.outreachtracker.base.HiddenCharacters;

/**
 * Text for the PDF brief in fonts that cover the names officers record: Liberation Sans (Latin,
 * Greek, Cyrillic, Hebrew; it comes with OpenPDF), then subsets of Noto Sans Arabic, Noto Sans SC
 * (Han characters and kana) and Noto Sans KR (Hangul), all embedded. Each character is set in the
 * first font that has it; spaces, digits and punctuation stay in the font of the text around
 * them. Hidden characters are shown as marks ({@link HiddenCharacters}); a character no font
 * has (an emoji, a rare Han character) is shown as its code, e.g. "[U+1F642]", so nothing
 * disappears without a trace. The fonts are read once and shared by all documents.
 */
public final class PdfText {

    private static final String[] FONTS = {
        "font-fallback/LiberationSans-Regular.ttf",
        "fonts/NotoSansArabic-Subset.ttf",
        "fonts/NotoSansSC-Subset.ttf",
        "fonts/NotoSansKR-Subset.ttf"
    };

    private PdfText() {}

    /** Loaded on first use. */
    private static final class Fonts {
        static final List<BaseFont> ALL = load();

        private static List<BaseFont> load() {
            try {
                BaseFont[] fonts = new BaseFont[FONTS.length];
                for (int i = 0; i < FONTS.length; i++) {
                    byte[] bytes;
                    try (InputStream in = PdfText.class.getClassLoader().getResourceAsStream(FONTS[i])) {
                        if (in == null) {
                            throw new IllegalStateException(
                                    "The font " + FONTS[i] + " is missing from the application.");
                        }
                        bytes = in.readAllBytes();
                    }
                    fonts[i] = BaseFont.createFont(FONTS[i], BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
                }
                return List.of(fonts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("A font of the PDF brief could not be read.", e);
            }
        }
    }

    /** The text as a phrase, each run of characters in a font that has them. */
    public static Phrase phrase(String text, float size, int style, Color color) {
        var phrase = new Phrase();
        if (text == null || text.isEmpty()) {
            phrase.add(new Chunk("", font(0, size, style, color)));
            return phrase;
        }
        String shown = Normalizer.normalize(HiddenCharacters.reveal(text), Normalizer.Form.NFC);
        var run = new StringBuilder();
        int runFont = 0;
        for (int i = 0; i < shown.length(); ) {
            int c = shown.codePointAt(i);
            i += Character.charCount(c);
            int font = fontFor(c, runFont);
            if (font < 0) {
                if (ignorable(c)) {
                    continue; // a joiner or variation selector between characters no font has
                }
                font = 0;
                flush(phrase, run, runFont, size, style, color);
                runFont = 0;
                run.append(HiddenCharacters.mark(c));
                continue;
            }
            if (font != runFont) {
                flush(phrase, run, runFont, size, style, color);
                runFont = font;
            }
            run.appendCodePoint(c);
        }
        flush(phrase, run, runFont, size, style, color);
        return phrase;
    }

    /** The font for a character: the current one for neutral characters it has, else the first that has it; -1 for none. */
    private static int fontFor(int c, int current) {
        List<BaseFont> fonts = Fonts.ALL;
        if (neutral(c) && fonts.get(current).charExists(c)) {
            return current;
        }
        for (int i = 0; i < fonts.size(); i++) {
            if (fonts.get(i).charExists(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Spaces, digits, punctuation and combining marks: they belong to the text around them. */
    private static boolean neutral(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
    }

    /** Characters that only adjust their neighbours: dropped when no font has them. */
    private static boolean ignorable(int c) {
        return c == 0x200C || c == 0x200D || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }

    private static void flush(Phrase phrase, StringBuilder run, int font, float size, int style, Color color) {
        if (!run.isEmpty()) {
            phrase.add(new Chunk(run.toString(), font(font, size, style, color)));
            run.setLength(0);
        }
    }

    private static Font font(int index, float size, int style, Color color) {
        return new Font(Fonts.ALL.get(index), size, style, color);
    }
}
