package org.skillboard.heatmap.sheets;

import java.util.List;

/**
 * The heatmap's colours as the browser draws them ({@code frontend/sb-heatmap.js}), for what the server
 * draws itself (the Excel export). Levels sit on the ColorBrewer YlGnBu ramp by their position on their
 * framework's scale, in twelve steps; gaps to target take Okabe–Ito colours; the text is black or white,
 * whichever contrasts more. A test keeps these values equal to the script's.
 */
final class HeatmapColours {

    /** ColorBrewer YlGnBu, light to dark. */
    static final List<String> RAMP = List.of("#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8",
            "#253494", "#081d58");

    /** Steps of the ramp the levels are shown in. */
    static final int BUCKETS = 12;

    static final String BELOW_1 = "#f8d49a";
    static final String BELOW_2 = "#e69f00";
    static final String BELOW_3 = "#d55e00";
    static final String AT = "#a6dcc8";
    static final String ABOVE_1 = "#8ecdf0";
    static final String ABOVE_2 = "#0072b2";
    static final String NO_TARGET = "#e9ebee";
    /** The text on {@link #NO_TARGET}, set apart from levels that have a target. */
    static final String NO_TARGET_TEXT = "#3d4752";

    /** The stripes of an empty cell, on white. */
    static final String EMPTY_STRIPE = "#dfe3e8";
    static final String EMPTY_TEXT = "#59636e";

    /** A summary cell that flags a skill resting on one person or nobody. */
    static final String FLAG = "#fff4df";
    static final String FLAG_TEXT = "#7a4100";
    static final String FLAG_BORDER = "#e69f00";

    static final String DARK_TEXT = "#111111";
    static final String LIGHT_TEXT = "#ffffff";

    private HeatmapColours() {
    }

    /** The colour of a level at this position on its scale (0 the scale's lowest, 1 its highest). */
    static String level(double position) {
        return rampAt(bucketOf(position) / (double) (BUCKETS - 1));
    }

    /** The colour of a level this many levels above (positive) or below (negative) the target. */
    static String gap(int levels) {
        if (levels <= -3) {
            return BELOW_3;
        }
        return switch (levels) {
            case -2 -> BELOW_2;
            case -1 -> BELOW_1;
            case 0 -> AT;
            case 1 -> ABOVE_1;
            default -> ABOVE_2;
        };
    }

    /** Black or white text on this background, whichever contrasts more (WCAG relative luminance). */
    static String text(String background) {
        double luminance = luminance(rgb(background));
        return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? DARK_TEXT : LIGHT_TEXT;
    }

    static int bucketOf(double position) {
        double p = Double.isNaN(position) ? 0 : Math.min(1, Math.max(0, position));
        return (int) Math.round(p * (BUCKETS - 1));
    }

    static String rampAt(double position) {
        double p = Math.min(1, Math.max(0, position)) * (RAMP.size() - 1);
        int i = Math.min(RAMP.size() - 2, (int) Math.floor(p));
        int[] a = rgb(RAMP.get(i));
        int[] b = rgb(RAMP.get(i + 1));
        double f = p - i;
        StringBuilder hex = new StringBuilder("#");
        for (int k = 0; k < 3; k++) {
            hex.append(String.format(java.util.Locale.ROOT, "%02x", Math.round(a[k] + (b[k] - a[k]) * f)));
        }
        return hex.toString();
    }

    static int[] rgb(String hex) {
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
            Integer.parseInt(hex.substring(5, 7), 16)};
    }

    private static double luminance(int[] rgb) {
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
