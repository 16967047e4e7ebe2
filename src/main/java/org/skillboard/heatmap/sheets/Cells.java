package org.skillboard.heatmap.sheets;

import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.framework.CatalogueItem;

/**
 * The cells the heatmap's sheets write: every text through {@link SpreadsheetText#exported} (never a formula,
 * cut visibly to Excel's limit), level codes as numbers where they are numbers, comments on a cell.
 */
final class Cells {

    static final String NOT_ASSESSED = "–";
    static final String MINUS = "\u2212";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,8}");

    private Cells() {
    }

    /** A text cell, neutralised and cut to Excel's limit; a {@code null} text leaves it empty (but styled). */
    static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(SpreadsheetText.exported(value));
        }
        cell.setCellStyle(style);
        return cell;
    }

    static Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A level code: a number when it is one (so that Excel neither flags nor sorts it as text), else text. */
    static void level(Row row, int column, String code, CellStyle style) {
        if (code != null && NUMBER.matcher(code).matches()) {
            number(row, column, Long.parseLong(code), style);
        } else {
            text(row, column, code, style);
        }
    }

    /** Where a level sits on its scale, as the screen gets it (rounded to three decimals in the payload). */
    static double position(CatalogueItem item, int index) {
        return Math.round(item.position(index) * 1000) / 1000.0;
    }

    /** "−1", "=", "+2": the screen's small text after the level in gap colouring. */
    static String gapText(int gap) {
        return gap < 0 ? MINUS + -gap : gap == 0 ? "=" : "+" + gap;
    }

    static void comment(Drawing<?> drawing, CreationHelper helper, Cell cell, String text) {
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(SpreadsheetText.exported(text)));
        cell.setCellComment(comment);
    }
}
