package org.skillboard.excel.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML: rows and cells as they come, each row handed on when it ends, so a sheet
 * of any length takes the memory of one row. The limits are checked as the XML is read: a sheet is
 * refused at the first row beyond its limit, not after it has been read.
 *
 * <p>Modelled on POI's {@code XSSFSheetXMLHandler}, which reports each cell only as the text its number
 * format shows ({@code 3.00}, {@code 1,234}, {@code 3/15/26}) and not what kind of value it is; an importer
 * needs the value and its kind. It reads what Excel, LibreOffice and POI write: shared and inline strings,
 * formula results of every type ({@code t="str"} too), cells and rows without a reference, and the ISO
 * dates ({@code t="d"}) of strict files. A formula without a stored result, which only programs that do
 * not calculate write, reads as an empty cell.
 */
final class SheetParser extends DefaultHandler {

    /** Excel keeps 15 significant digits; the digits beyond are binary noise ({@code 0.30000000000000004}). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private static final int MAX_ROW = SpreadsheetVersion.EXCEL2007.getMaxRows();

    /** Column letters of the last column a sheet can have (XFD). */
    private static final int MAX_COLUMN_LETTERS = 3;

    private final WorkbookParts.Worksheet sheet;
    private final WorkbookParts workbook;
    private final XlsxReader.Limits limits;
    private final long rowsBefore;
    /** Where rows go; {@code null} while the workbook is only being checked. */
    private final RowHandler handler;

    private long filledRows;
    private boolean inSheetData;
    private int rowNumber;
    /** The filled cells of the current row, left to right. */
    private final ArrayList<SheetCell> cells = new ArrayList<>();
    private boolean rowFilled;

    private boolean inCell;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private boolean inValue;
    private boolean inInlineString;
    private int phonetic;
    private boolean inInlineText;
    private final StringBuilder value = new StringBuilder();

    SheetParser(WorkbookParts.Worksheet sheet, WorkbookParts workbook, XlsxReader.Limits limits, long rowsBefore,
            RowHandler handler) {
        this.sheet = sheet;
        this.workbook = workbook;
        this.limits = limits;
        this.rowsBefore = rowsBefore;
        this.handler = handler;
    }

    /** The rows with a filled cell read so far. */
    long filledRows() {
        return filledRows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        if (!inSheetData) {
            inSheetData = localName.equals("sheetData");
            return;
        }
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "v" -> {
                if (inCell) {
                    inValue = true;
                    value.setLength(0);
                }
            }
            case "f" -> formula = inCell;
            case "is" -> {
                // only an inline-string cell takes its value from <is>; a cell retyped as a number by
                // another program may keep a stale <is> next to its <v>
                if (inCell && "inlineStr".equals(type)) {
                    inInlineString = true;
                    value.setLength(0);
                }
            }
            case "rPh" -> phonetic++;
            case "t" -> inInlineText = inInlineString && phonetic == 0;
            default -> {
                // nothing else inside sheetData carries a value
            }
        }
    }

    @Override
    public void characters(char[] characters, int start, int length) throws SAXException {
        if (inValue || inInlineText) {
            value.append(characters, start, length);
            WorkbookParts.checkGrowing(value, limits.maxCellText());
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (!inSheetData) {
            return;
        }
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> phonetic--;
            case "is" -> inInlineString = false;
            case "c" -> endCell();
            case "row" -> endRow();
            case "sheetData" -> inSheetData = false;
            default -> {
                // nothing to finish
            }
        }
    }

    private void startRow(String reference) throws SAXException {
        // a writer may leave out the row number: the row is then the one after the previous
        rowNumber = reference == null ? rowNumber + 1 : integer(reference);
        if (rowNumber < 1 || rowNumber > MAX_ROW) {
            throw damaged();
        }
        cells.clear();
        rowFilled = false;
        column = -1;
    }

    private void startCell(Attributes attributes) throws SAXException {
        inCell = true;
        String reference = attributes.getValue("r");
        // a writer may leave out the reference: the cell is then the one after the previous
        column = reference == null ? column + 1 : column(reference);
        type = attributes.getValue("t");
        String styleIndex = attributes.getValue("s");
        style = styleIndex == null ? 0 : integer(styleIndex);
        formula = false;
        value.setLength(0);
    }

    private void endCell() throws SAXException {
        inCell = false;
        // while only checking, whether the cell is filled is all that counts: its value is not built
        SheetCell cell = handler == null ? null : cell();
        if (handler == null ? !filled() : cell == null) {
            return;
        }
        if (column >= limits.maxColumns()) {
            throw new Refusals.Stop(new SpreadsheetRefusal("spreadsheet.error.too-many-columns", sheet.info().name(),
                    CellReference.convertNumToColString(limits.maxColumns() - 1)));
        }
        rowFilled = true;
        if (handler == null) {
            return;
        }
        if (cells.isEmpty() || column > cells.getLast().column()) {
            cells.add(cell);
        } else {
            // written out of order (no writer we know does): the row is still read left to right
            insertInOrder(cell);
        }
    }

    /**
     * Whether the cell just read has a value, as {@link #cell()} would decide, without building it; a shared
     * string's index and a cell's type are checked alike.
     */
    private boolean filled() throws SAXException {
        if (type == null || type.equals("n") || type.equals("b") || type.equals("e") || type.equals("d")) {
            return !value.isEmpty() && !value.toString().isBlank();
        }
        return switch (type) {
            case "s" -> !value.toString().isBlank() && text(sharedString(value.toString())) != null;
            case "inlineStr", "str" -> text(WorkbookParts.unescaped(value.toString())) != null;
            default -> throw damaged();
        };
    }

    private void insertInOrder(SheetCell cell) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).column() == column) {
                cells.set(i, cell);
                return;
            }
            if (cells.get(i).column() > column) {
                cells.add(i, cell);
                return;
            }
        }
        cells.add(cell);
    }

    private void endRow() throws SAXException {
        if (!rowFilled) {
            return;
        }
        rowFilled = false;
        filledRows++;
        if (filledRows > limits.maxRowsPerSheet()) {
            throw new Refusals.Stop(new SpreadsheetRefusal("spreadsheet.error.too-many-rows", sheet.info().name(),
                    limits.maxRowsPerSheet()));
        }
        if (rowsBefore + filledRows > limits.maxRows()) {
            throw new Refusals.Stop(new SpreadsheetRefusal("spreadsheet.error.too-many-rows-in-workbook",
                    limits.maxRows()));
        }
        if (handler != null) {
            handler.row(sheet.info(), new SheetRow(rowNumber, cells));
        }
        cells.clear();
    }

    /** The cell just read, or {@code null} if it is empty. */
    private SheetCell cell() throws SAXException {
        String stored = value.toString();
        if (type == null || type.equals("n")) {
            return stored.isBlank() ? null : numberOrDate(stored.strip());
        }
        return switch (type) {
            case "s" -> stored.isBlank() ? null : text(sharedString(stored));
            case "inlineStr", "str" -> text(WorkbookParts.unescaped(stored));
            case "b" -> stored.isBlank() ? null : new SheetCell(column, SheetCell.Kind.BOOLEAN,
                    stored.strip().equals("1") || stored.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE",
                    stored.strip(), formula);
            case "e" -> stored.isBlank() ? null
                    : new SheetCell(column, SheetCell.Kind.ERROR, stored.strip(), stored.strip(), formula);
            case "d" -> stored.isBlank() ? null : isoDate(stored.strip());
            default -> throw damaged();
        };
    }

    private SheetCell text(String text) throws SAXException {
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > limits.maxCellText()) {
            throw WorkbookParts.tooLong(limits.maxCellText());
        }
        return new SheetCell(column, SheetCell.Kind.TEXT, text, text, formula);
    }

    private String sharedString(String stored) throws SAXException {
        int index = integer(stored);
        if (index < 0 || index >= workbook.sharedStrings.size()) {
            throw damaged();
        }
        return workbook.sharedStrings.get(index);
    }

    /** A number as an importer compares it, or a date if its cell shows a date. */
    private SheetCell numberOrDate(String stored) {
        double number;
        try {
            number = Double.parseDouble(stored);
        } catch (NumberFormatException e) {
            return unreadable(stored);
        }
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return unreadable(stored);
        }
        if (workbook.isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
            // a time of day alone is a fraction of a day, whatever the date system
            String date = number < 1 ? time(DateUtil.getLocalDateTime(number, false, true).toLocalTime())
                    : dateTime(DateUtil.getLocalDateTime(number, workbook.date1904, true));
            return new SheetCell(column, SheetCell.Kind.DATE, date, stored, formula);
        }
        String text = BigDecimal.valueOf(number).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
        return new SheetCell(column, SheetCell.Kind.NUMBER, text, stored, formula);
    }

    /** A value that should be a number or a date and is not: kept as the text it is, rather than lost. */
    private SheetCell unreadable(String stored) {
        return new SheetCell(column, SheetCell.Kind.TEXT, stored, stored, formula);
    }

    private SheetCell isoDate(String stored) {
        try {
            LocalDateTime dateTime = stored.contains("T") ? LocalDateTime.parse(stored)
                    : LocalDate.parse(stored).atStartOfDay();
            return new SheetCell(column, SheetCell.Kind.DATE, dateTime(dateTime), stored, formula);
        } catch (DateTimeParseException e) {
            return unreadable(stored);
        }
    }

    private static String dateTime(LocalDateTime dateTime) {
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                : dateTime.withNano(0).toString();
    }

    private static String time(LocalTime time) {
        return time.withNano(0).toString();
    }

    /** The column of a reference such as {@code AB12}, from 0. */
    private static int column(String reference) throws SAXException {
        int column = 0;
        int letters = 0;
        while (letters < reference.length() && isLetter(reference.charAt(letters))) {
            if (letters == MAX_COLUMN_LETTERS) {
                throw damaged();
            }
            column = column * 26 + Character.toUpperCase(reference.charAt(letters)) - 'A' + 1;
            letters++;
        }
        if (letters == 0) {
            throw damaged();
        }
        return column - 1;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static int integer(String text) throws SAXException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw damaged();
        }
    }

    private static Refusals.Stop damaged() {
        return new Refusals.Stop(new SpreadsheetRefusal("spreadsheet.error.damaged"));
    }
}
