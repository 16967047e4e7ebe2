package org.skillboard.framework.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.excel.read.RowHandler;
import org.skillboard.excel.read.SheetInfo;
import org.skillboard.excel.read.SpreadsheetRefusal;
import org.skillboard.excel.read.XlsxReader;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.framework.FrameworkDefinition;

/**
 * A framework as an Excel workbook, for a tenant who maintains its framework in a spreadsheet. It holds
 * what a framework file holds (docs/framework-format.md), one sheet per part; docs/framework-workbook.md
 * is the user's guide.
 *
 * <pre>
 * Framework     field | value                       one row per top-level field, scale-name included
 * Scale         code | name | summary | description | practices | next-step      one row per level, lowest first
 * Categories    code | name | description
 * Notes         title | text
 * Items         code | name | category | overview | guidance | activities-intro | activities | change
 *               | guidance-change | origin
 * Descriptions  item | level | description | change  one row per level an item defines, in item order, then
 *               scale order; a band listed without a description is a row with an empty description
 * </pre>
 *
 * <p>The first row of a sheet names its columns; reading finds a column by that name, so columns may be
 * reordered, and skips blank rows. Lists (practices, activities) are one entry per line of the cell.
 *
 * <p>Every text is a text cell, never a formula. A text a spreadsheet could still take for a formula when
 * the cell is edited or the sheet saved as CSV (it starts with {@code = + - @}, a tab or a line break) is
 * written after a single quote, and so is a text that itself starts with a quote; reading removes exactly
 * one leading quote, so a round trip gives every text back unchanged. Any other text is trimmed on
 * reading, as texts in a framework file are. A text that contains what Excel would decode as a character
 * escape ({@code _x0041_}), or a character XML cannot hold, is written escaped, so it survives as well
 * ({@link SpreadsheetText}, which every workbook we write shares).
 *
 * <p>Both directions stream: writing keeps a window of rows in memory ({@link SXSSFWorkbook}) and removes
 * its temporary file when done; reading parses each sheet with SAX through POI's hardened XML reader and
 * keeps only the cells' texts. Writing is {@link WorkbookWriter}'s, checking what was read
 * {@link WorkbookReader}'s.
 */
public final class FrameworkWorkbook {

    /** Excel's limit on the text of one cell. */
    public static final int MAX_CELL_TEXT = SpreadsheetText.MAX_CELL_TEXT;

    private FrameworkWorkbook() {
    }

    /**
     * Writes the framework as a workbook.
     *
     * @throws IllegalArgumentException if a text does not fit in an Excel cell, or a list entry (practice,
     *     activity) has a line break; the message names the cell and the field
     */
    public static void write(FrameworkDefinition framework, OutputStream out) throws IOException {
        WorkbookWriter.write(framework, out);
    }

    /**
     * Reads and checks a workbook written by {@link #write} or edited from one. Every problem is added with
     * the Excel row as its line and the cell as its field ({@code Descriptions!C12}); a workbook with any
     * problem gives no framework.
     *
     * @throws SpreadsheetRefusal for a file that is not an .xlsx workbook, or not one that can be read safely
     *     (as for any upload: CSV, an old .xls, a zip bomb...), with the message the user reads in her language
     */
    public static Optional<FrameworkDefinition> read(String fileName, InputStream in, YamlProblems problems) {
        List<YamlProblem> found = new ArrayList<>();
        Optional<FrameworkDefinition> framework = new WorkbookReader(fileName, found).read(sheets(in));
        found.sort(Comparator.comparingInt(FrameworkWorkbook::sheetOrder).thenComparingInt(YamlProblem::line));
        report(problems, found);
        return found.isEmpty() ? framework : Optional.empty();
    }

    /** Problems are listed sheet by sheet in the workbook's order, those about the whole file first. */
    private static int sheetOrder(YamlProblem problem) {
        int bang = problem.field().lastIndexOf('!');
        return bang < 0 ? -1 : Part.named(problem.field().substring(0, bang)).map(Part::ordinal).orElse(-1);
    }

    /**
     * {@code YamlProblems} accepts a finished problem only from its own package; its public method wants a
     * YAML node, and a workbook has cells instead.
     */
    private static void report(YamlProblems problems, List<YamlProblem> found) {
        found.forEach(problems::add);
    }

    /**
     * Every sheet's rows by sheet name, in the workbook's order, read as uploads are read ({@link XlsxReader}:
     * checked by content, limited in size, hardened against hostile zips and XML).
     */
    private static Map<String, List<SheetRow>> sheets(InputStream in) {
        Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
        try {
            XlsxReader.read(in, XlsxReader.Limits.DEFAULTS, new RowHandler() {
                @Override
                public void startWorkbook(List<SheetInfo> all, long rows) {
                    all.forEach(sheet -> sheets.put(sheet.name(), new ArrayList<>()));
                }

                @Override
                public void row(SheetInfo sheet, org.skillboard.excel.read.SheetRow row) {
                    SortedMap<Integer, String> cells = new TreeMap<>();
                    row.cells().forEach(cell -> cells.put(cell.column(), cell.text()));
                    sheets.get(sheet.name()).add(new SheetRow(row.number(), cells));
                }
            });
        } catch (IOException e) {
            // the upload was read from memory or a stream the caller opened: its failure is not the user's
            throw new UncheckedIOException(e);
        }
        return sheets;
    }
}
