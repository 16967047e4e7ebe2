package org.skillboard.heatmap.sheets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heatmap's colours, for the Excel export and for the browser element ({@code frontend/sb-heatmap.js}),
 * which paints with the palette it is given ({@link #browserPalette()}) and keeps none of its own. Levels
 * sit on the ColorBrewer YlGnBu ramp by their position on their framework's scale, in twelve steps; gaps
 * to target take Okabe–Ito colours; the text is black or white, whichever contrasts more.
 */
public final class HeatmapColours {

    /** ColorBrewer YlGnBu, light to dark. */
    static final List<String> RAMP = List.of("#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8",
            "#253494", "#081d58");

    /** Steps of the ramp the levels are shown in. */
    static final int BUCKETS = 12;

    static final String BELOW_1 = "#f8d49a";
    static final String BELOW_2 = "#e69f00";
    static final String BELOW_3 = "#d55e00";
    /** Darker than "no target" in every kind of colour vision, so that the "=" is not all that tells them apart. */
    static final String AT = "#5ab4ac";
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

    /** Built after the ramp above, which it reads. */
    private static final String PALETTE = palette();

    private HeatmapColours() {
    }

    /**
     * Every colour {@code <sb-heatmap>} paints with, as its {@code colours} property takes them (JSON):
     * {@code levels} (the ramp's steps, light to dark, each with its text colour), {@code gaps} (by the
     * element's class: b3 three or more below the target … p2 two or more above, n no target),
     * {@code empty} (the stripes of an empty cell) and {@code flag} (a skill resting on one person or none).
     */
    public static String browserPalette() {
        return PALETTE;
    }

    private static String palette() {
        List<Map<String, String>> levels = new ArrayList<>();
        for (int k = 0; k < BUCKETS; k++) {
            levels.add(paint(level(k / (double) (BUCKETS - 1))));
        }
        Map<String, Object> gaps = new LinkedHashMap<>();
        gaps.put("b1", paint(gap(-1)));
        gaps.put("b2", paint(gap(-2)));
        gaps.put("b3", paint(gap(-3)));
        gaps.put("a", paint(gap(0)));
        gaps.put("p1", paint(gap(1)));
        gaps.put("p2", paint(gap(2)));
        gaps.put("n", Map.of("bg", NO_TARGET, "ink", NO_TARGET_TEXT));
        Map<String, Object> palette = new LinkedHashMap<>();
        palette.put("levels", levels);
        palette.put("gaps", gaps);
        palette.put("empty", Map.of("stripe", EMPTY_STRIPE, "ink", EMPTY_TEXT));
        palette.put("flag", Map.of("bg", FLAG, "ink", FLAG_TEXT, "border", FLAG_BORDER));
        return JsonMapper.builder().build().writeValueAsString(palette);
    }

    /** A background with the text colour that contrasts more on it. */
    private static Map<String, String> paint(String background) {
        return Map.of("bg", background, "ink", text(background));
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
