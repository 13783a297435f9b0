package org.outreachtracker.coverage.ui;

/**
 * The Equal Earth map projection (Šavrič, Patterson and Jenny, 2018): an equal-area world
 * projection that keeps the continents' familiar shapes. Longitude and latitude in degrees
 * give x and y in the projection's own units (x within ±2.7066, y within ±1.3174, y to the north).
 */
final class EqualEarth {

    private static final double A1 = 1.340264;
    private static final double A2 = -0.081106;
    private static final double A3 = 0.000893;
    private static final double A4 = 0.003796;
    private static final double M = Math.sqrt(3) / 2;

    /** The largest |x| (at longitude ±180) and |y| (at latitude ±90). */
    static final double MAX_X = project(180, 0)[0];

    static final double MAX_Y = project(0, 90)[1];

    private EqualEarth() {}

    static double[] project(double longitude, double latitude) {
        double lambda = Math.toRadians(longitude);
        double theta = Math.asin(M * Math.sin(Math.toRadians(latitude)));
        double theta2 = theta * theta;
        double theta6 = theta2 * theta2 * theta2;
        double x = 2
                * Math.sqrt(3)
                * lambda
                * Math.cos(theta)
                / (3 * (9 * A4 * theta6 * theta2 + 7 * A3 * theta6 + 3 * A2 * theta2 + A1));
        double y = theta * (A1 + A2 * theta2 + theta6 * (A3 + A4 * theta2));
        return new double[] {x, y};
    }
}
