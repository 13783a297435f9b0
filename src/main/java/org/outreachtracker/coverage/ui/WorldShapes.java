package org.outreachtracker.coverage.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The world map's geometry: each country's outline from Natural Earth 1:110m (see
 * {@code src/main/resources/map/README.md}), projected once with {@link EqualEarth} into SVG
 * path data, or — for countries too small for that scale — one point where a marker is drawn.
 * Loaded on first use and kept: the geometry never changes while the application runs.
 */
@Component
class WorldShapes {

    static final String RESOURCE = "map/world-110m.txt";
    /** Width of the map in SVG units; the height follows from the projection. */
    static final double WIDTH = 1000;

    static final double SCALE = WIDTH / (2 * EqualEarth.MAX_X);
    /** The latitudes shown: the inhabited world, from the tip of South America to the Arctic islands. */
    static final double NORTH = 84;

    static final double SOUTH = -57;
    static final double TOP = (EqualEarth.MAX_Y - EqualEarth.project(0, NORTH)[1]) * SCALE;
    static final double HEIGHT = Math.ceil((EqualEarth.MAX_Y - EqualEarth.project(0, SOUTH)[1]) * SCALE - TOP);

    /**
     * A country's geometry: SVG path data, or the centre of its marker; and where it lies from
     * west to east ({@code meanX}, the mean of its outline's points, or the marker's x).
     */
    record Shape(String alpha2, String path, double markerX, double markerY, double meanX) {

        Shape(String alpha2, double markerX, double markerY) {
            this(alpha2, null, markerX, markerY, markerX);
        }

        boolean isMarker() {
            return path == null;
        }

        /** Whether most of the country lies in the eastern half of the map. */
        boolean isEastern() {
            return meanX > WIDTH / 2;
        }
    }

    private volatile Map<String, Shape> shapes;

    /** Every country with geometry, by ISO alpha-2 code. */
    Map<String, Shape> shapes() {
        Map<String, Shape> loaded = shapes;
        if (loaded == null) {
            synchronized (this) {
                if (shapes == null) {
                    shapes = load();
                }
                loaded = shapes;
            }
        }
        return loaded;
    }

    private static Map<String, Shape> load() {
        Map<String, StringBuilder> paths = new LinkedHashMap<>();
        Map<String, double[]> sumsOfX = new LinkedHashMap<>();
        Map<String, Shape> result = new LinkedHashMap<>();
        try (InputStream in = WorldShapes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Map data missing from the classpath: " + RESOURCE);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                String code = parts[1].toUpperCase(Locale.ROOT);
                if (parts[0].equals("S")) {
                    appendPolygon(
                            paths.computeIfAbsent(code, c -> new StringBuilder()),
                            parts[2],
                            sumsOfX.computeIfAbsent(code, c -> new double[2]));
                } else if (parts[0].equals("P")) {
                    double[] point = parse(parts[2].trim());
                    result.put(code, new Shape(code, x(point), y(point)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        paths.forEach((code, path) -> {
            double[] sum = sumsOfX.get(code);
            result.put(code, new Shape(code, path.toString(), 0, 0, sum[0] / sum[1]));
        });
        return Collections.unmodifiableMap(result);
    }

    /** Appends the polygon's rings to the path, and its points' x and their number to {@code sumOfX}. */
    private static void appendPolygon(StringBuilder path, String rings, double[] sumOfX) {
        for (String ring : rings.split(";")) {
            String[] points = ring.trim().split(" ");
            for (int i = 0; i < points.length; i++) {
                double[] point = parse(points[i]);
                sumOfX[0] += x(point);
                sumOfX[1]++;
                path.append(i == 0 ? 'M' : 'L')
                        .append(format(x(point)))
                        .append(',')
                        .append(format(y(point)));
            }
            path.append('Z');
        }
    }

    private static double[] parse(String pair) {
        int comma = pair.indexOf(',');
        return EqualEarth.project(
                Double.parseDouble(pair.substring(0, comma)), Double.parseDouble(pair.substring(comma + 1)));
    }

    private static double x(double[] projected) {
        return (projected[0] + EqualEarth.MAX_X) * SCALE;
    }

    private static double y(double[] projected) {
        return (EqualEarth.MAX_Y - projected[1]) * SCALE - TOP;
    }

    static String format(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
