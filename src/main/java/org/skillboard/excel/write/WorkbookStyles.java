package org.skillboard.excel.write;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The look our templates and results share, made once per workbook (a workbook holds at most 64,000
 * styles, so never one per cell): a big bold title, grey headers with a line below, wrapped text,
 * locked cells and open cells to fill in. A layout varies them with {@link #like(CellStyle)}.
 */
public final class WorkbookStyles {

    public final CellStyle title;
    public final CellStyle header;
    public final CellStyle wrapped;
    public final CellStyle locked;
    /** Unlocked, with hair lines right and below, so a protected sheet shows where to write. */
    public final CellStyle open;
    private final Workbook workbook;

    public WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        locked = workbook.createCellStyle();
        locked.setLocked(true);
        open = workbook.createCellStyle();
        open.setLocked(false);
        open.setBorderBottom(BorderStyle.HAIR);
        open.setBorderRight(BorderStyle.HAIR);
    }

    /** A new style that starts as {@code base}, to vary; call it once per variant, not per cell. */
    public CellStyle like(CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        return style;
    }

    /** {@link #like(CellStyle)} with the workbook's plain font, for header cells that hold long text. */
    public CellStyle plainLike(CellStyle base) {
        CellStyle style = like(base);
        style.setFont(workbook.createFont());
        return style;
    }

    /** A style showing numbers in the given Excel format, such as {@code 0.0}. */
    public CellStyle number(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
