package org.skillboard.heatmap.sheets;

import static org.skillboard.heatmap.sheets.Cells.DATE_FORMAT;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/** The workbook's styles: a fixed few, and one per colour and mark actually shown, each created once. */
final class HeatmapStyles {

    private final Workbook workbook;
    private final Map<String, CellStyle> levels = new HashMap<>();
    private final Map<String, XSSFFont> fonts = new HashMap<>();
    final CellStyle title;
    final CellStyle note;
    final CellStyle header;
    final CellStyle framework;
    final CellStyle category;
    final CellStyle code;
    final CellStyle codeVertical;
    final CellStyle summaryLabel;
    final CellStyle summary;
    /** An average in the summary: a number Excel can compute with, shown with one decimal in the reader's way. */
    final CellStyle summaryAverage;
    final CellStyle flagged;
    final CellStyle name;
    final CellStyle sub;
    final CellStyle empty;
    final CellStyle text;
    final CellStyle date;

    HeatmapStyles(Workbook workbook) {
        this.workbook = workbook;
        title = style(null, font("#1f2933", true, false, 14));
        note = style(null, font("#4a5563", false, false, 10));
        header = style("#f4f7fa", font("#1f2933", true, false, 11));
        framework = style("#2d4a62", font("#ffffff", true, false, 11));
        category = style("#e4ecf3", font("#2d4a62", false, false, 10));
        code = centred(style("#f4f7fa", font("#1f2933", true, false, 10)));
        codeVertical = centred(style("#f4f7fa", font("#1f2933", true, false, 10)));
        codeVertical.setRotation((short) 90);
        codeVertical.setVerticalAlignment(VerticalAlignment.BOTTOM);
        codeVertical.setWrapText(true);
        summaryLabel = style("#fafbfc", font("#4a5563", true, false, 10));
        summaryLabel.setAlignment(HorizontalAlignment.RIGHT);
        summary = centred(style("#fafbfc", font("#1f2933", false, false, 10)));
        summaryAverage = centred(style("#fafbfc", font("#1f2933", false, false, 10)));
        summaryAverage.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        flagged = centred(style(HeatmapColours.FLAG, font(HeatmapColours.FLAG_TEXT, true, false, 10)));
        border(flagged, BorderStyle.MEDIUM, HeatmapColours.FLAG_BORDER);
        name = style(null, font("#1f2933", false, false, 11));
        sub = style(null, font("#6b7785", false, false, 9));
        empty = centred(style(null, font(HeatmapColours.EMPTY_TEXT, false, false, 10)));
        ((XSSFCellStyle) empty).setFillForegroundColor(colour(HeatmapColours.EMPTY_STRIPE));
        ((XSSFCellStyle) empty).setFillBackgroundColor(colour("#ffffff"));
        empty.setFillPattern(FillPatternType.THIN_FORWARD_DIAG);
        text = style(null, null);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        date = style(null, null);
        date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
    }

    /**
     * A level cell's style: its fill, the text black or white as on screen (or the given colour), italic for
     * a self-assessment only, framed by a dashed line when stale.
     */
    CellStyle level(String fill, String ink, boolean selfOnly, boolean stale) {
        String textColour = ink == null ? HeatmapColours.text(fill) : ink;
        return levels.computeIfAbsent(fill + textColour + selfOnly + stale, key -> {
            CellStyle style = centred(style(fill, font(textColour, true, selfOnly, 10)));
            if (stale) {
                border(style, BorderStyle.DASHED, HeatmapColours.NO_TARGET_TEXT);
            }
            return style;
        });
    }

    private CellStyle style(String fill, XSSFFont font) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        if (fill != null) {
            style.setFillForegroundColor(colour(fill));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    private XSSFFont font(String colour, boolean bold, boolean italic, int points) {
        return fonts.computeIfAbsent(colour + bold + italic + points, key -> {
            XSSFFont font = (XSSFFont) workbook.createFont();
            font.setColor(colour(colour));
            font.setBold(bold);
            font.setItalic(italic);
            font.setFontHeightInPoints((short) points);
            return font;
        });
    }

    private static CellStyle centred(CellStyle style) {
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static void border(CellStyle style, BorderStyle line, String colour) {
        XSSFCellStyle xssf = (XSSFCellStyle) style;
        xssf.setBorderTop(line);
        xssf.setBorderBottom(line);
        xssf.setBorderLeft(line);
        xssf.setBorderRight(line);
        xssf.setTopBorderColor(colour(colour));
        xssf.setBottomBorderColor(colour(colour));
        xssf.setLeftBorderColor(colour(colour));
        xssf.setRightBorderColor(colour(colour));
    }

    private static XSSFColor colour(String hex) {
        int[] rgb = HeatmapColours.rgb(hex);
        return new XSSFColor(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]}, null);
    }
}
