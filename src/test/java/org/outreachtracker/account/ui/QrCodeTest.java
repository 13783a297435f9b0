package org.outreachtracker.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The QR code drawn as SVG reads back as the address it was made from: the test paints the SVG's
 * squares into pixels, as a phone camera would see them, and decodes them with ZXing's reader.
 */
class QrCodeTest {

    static final String URI = "otpauth://totp/Outreach%20Tracker:officer?secret=WEI7VG5FADENALYYZWZ67XGTUROPVS4F"
            + "&issuer=Outreach%20Tracker&algorithm=SHA1&digits=6&period=30";

    @Test
    void theSvgReadsBackAsTheAddress() throws Exception {
        String svg = QrCode.svg(URI, 200, "QR code");

        assertThat(svg).startsWith("<svg ").contains("aria-label=\"QR code\"").doesNotContain("secret");
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int modules = Integer.parseInt(box.group(1));
        int scale = 4;
        int size = modules * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        int runs = 0;
        while (run.find()) {
            runs++;
            int x0 = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int width = Integer.parseInt(run.group(3));
            for (int x = x0; x < x0 + width; x++) {
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        pixels[(y * scale + dy) * size + x * scale + dx] = 0xFF000000;
                    }
                }
            }
        }
        assertThat(runs).isGreaterThan(100);

        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URI);
    }
}
