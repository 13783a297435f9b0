package org.outreachtracker.account.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.Svg;
import java.util.Map;

/**
 * A QR code drawn on the server as SVG (ZXing's encoder, no script in the browser): one path of
 * dark squares on a white square with the standard quiet zone of four modules. The text it
 * encodes is not put into the markup.
 */
final class QrCode {

    private static final int QUIET_ZONE = 4;

    private QrCode() {}

    /** The SVG markup of a QR code for {@code text}, drawn {@code size} CSS pixels wide. */
    static String svg(String text, int size, String label) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE,
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("The QR code cannot be made", e);
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        var path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y);
                path.append('h')
                        .append(x - start)
                        .append("v1h")
                        .append(start - x)
                        .append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\""
                + size + "\" height=\"" + size + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\""
                + label + "\"><rect width=\"" + width + "\" height=\"" + height
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }

    /** The QR code as a component. {@code label} is fixed text of ours, never user data. */
    static Svg component(String text, int size, String label) {
        var svg = new Svg(svg(text, size, label));
        svg.addClassName("qr-code");
        return svg;
    }
}
