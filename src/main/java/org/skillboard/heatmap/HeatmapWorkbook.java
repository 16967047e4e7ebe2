package org.skillboard.heatmap;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.excel.Texts;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.framework.CatalogueItem;

/**
 * The heatmap and the assessment history as Excel workbooks, in the user's language.
 *
 * <p>The heatmap sheet is the heatmap as the user sees it: a title row and a row naming the filters, the
 * framework, category and skill header rows (each skill's full name in a comment on its code), the summary
 * rows, then one row per person with the same colours as the screen ({@link HeatmapColours}): by level or by
 * gap to target, empty cells striped, self-assessments only in italics and stale ones framed by a dashed
 * line. The header rows and the name columns are frozen. A second sheet is the legend: the colours, the
 * marks and every skill and criterion with its full name.
 *
 * <p>The history sheet is long format, one row per assessment, oldest first, as {@link HistorySink} hands
 * them over; past Excel's row limit it goes on in a new sheet.
 *
 * <p>Both stream ({@link SXSSFWorkbook} keeps a window of rows in memory, and its temporary files are removed
 * when done). Cell styles are created once per look, never per cell. Every text goes through
 * {@link SpreadsheetText#exported}, so nothing a spreadsheet could run as a formula is written as one, and
 * a text too long for a cell is cut visibly.
 */
public final class HeatmapWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows SXSSF keeps in memory before it flushes them to its temporary file. */
    private static final int ROW_WINDOW = 100;

    /**
     * How hard the file is compressed. zlib's fast levels (1–3) take about half the time of its default (6) on
     * this XML; level 3 makes the file about a tenth larger than level 6, level 1 about two fifths.
     */
    private static final int COMPRESSION = 3;

    /** Columns before the first skill: the person's name and job profile. */
    private static final int NAME_COLUMNS = 2;

    private static final String NOT_ASSESSED = "–";
    private static final String MINUS = "\u2212";
    private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,8}");
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    /** Column widths, in characters. */
    private static final int NAME_WIDTH = 30;
    private static final int SUB_WIDTH = 24;
    private static final int CELL_WIDTH = 7;
    private static final int[] HISTORY_WIDTHS = {12, 28, 14, 12, 36, 8, 18, 12, 16, 24, 60};

    private HeatmapWorkbook() {
    }

    /** Writes the heatmap as a workbook, streaming. */
    public static void writeHeatmap(HeatmapExport export, HeatmapPayload.Mode mode, Texts texts,
            Locale locale, OutputStream out) throws IOException {
        streamed(out, workbook -> writeHeatmap(workbook, export, mode, texts, locale));
    }

    /**
     * Writes the assessment history as a workbook, streaming: {@code source} hands every line to the sink it
     * is given (for example {@code sink -> heatmaps.assessmentHistory(teamId, sink)}).
     *
     * @return how many assessments were written
     */
    public static long writeHistory(Consumer<HistorySink> source, Texts texts, Locale locale,
            OutputStream out) throws IOException {
        long[] lines = new long[1];
        streamed(out, workbook -> lines[0] = writeHistory(workbook, source, texts, locale));
        return lines[0];
    }

    /**
     * The heatmap's sheets added to a workbook the caller gives, writes and closes. The export uses a
     * streaming workbook; the benchmark's baseline an {@code XSSFWorkbook}, which keeps every row in memory.
     */
    public static void writeHeatmap(Workbook workbook, HeatmapExport export, HeatmapPayload.Mode mode,
            Texts texts, Locale locale) {
        new HeatmapSheets(workbook, export, mode, texts, locale).write();
    }

    /** The history's sheets added to a workbook the caller gives, writes and closes (see above). */
    public static long writeHistory(Workbook workbook, Consumer<HistorySink> source, Texts texts,
            Locale locale) {
        HistorySheets sheets = new HistorySheets(workbook, texts, locale);
        source.accept(sheets);
        sheets.finish();
        return sheets.lines;
    }

    private static void streamed(OutputStream out, Consumer<Workbook> fill) throws IOException {
        SXSSFWorkbook workbook = new StreamingWorkbook();
        try {
            fill.accept(workbook);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /**
     * SXSSF with a plain buffer in front of each sheet's temporary file, and a faster compression of the file.
     * SXSSF writes a cell's XML in many small pieces, and the {@code BufferedWriter} it uses by default takes a
     * lock for each; for 100,000 rows of eleven cells that lock costs about a fifth of the time, and
     * compressing at zlib's default level more than a third (docs/benchmarks.md).
     */
    private static final class StreamingWorkbook extends SXSSFWorkbook {

        StreamingWorkbook() {
            super(ROW_WINDOW);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(COMPRESSION);
            return zip;
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetDataWriter() {
                @Override
                public Writer createWriter(File file) throws IOException {
                    return new UnsharedBuffer(new OutputStreamWriter(decorateOutputStream(new FileOutputStream(file)),
                            StandardCharsets.UTF_8));
                }
            };
        }
    }

    /** A writer's buffer for one thread: no lock per write. */
    private static final class UnsharedBuffer extends Writer {

        private final Writer out;
        private final char[] buffer = new char[1 << 16];
        private int used;
        private boolean closed;

        UnsharedBuffer(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            while (length > 0) {
                if (used == buffer.length) {
                    drain();
                }
                int n = Math.min(length, buffer.length - used);
                text.getChars(offset, offset + n, buffer, used);
                used += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            while (length > 0) {
                if (used == buffer.length) {
                    drain();
                }
                int n = Math.min(length, buffer.length - used);
                System.arraycopy(chars, offset, buffer, used, n);
                used += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        /** Closes once: SXSSF closes a sheet's writer when it writes the workbook and again when disposing. */
        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                drain();
                out.close();
            }
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    // ---------------------------------------------------------------- the heatmap

    private static final class HeatmapSheets {

        private final Workbook workbook;
        private final HeatmapExport export;
        private final HeatmapData data;
        private final HeatmapPayload.Mode mode;
        private final Texts texts;
        private final DateTimeFormatter dates;
        private final Styles styles;
        private final Set<String> sheetNames = new HashSet<>();
        /** The columns that fit in a sheet; all of them but in a tenant with more items than Excel has columns. */
        private final List<CatalogueItem> columns;

        HeatmapSheets(Workbook workbook, HeatmapExport export, HeatmapPayload.Mode mode, Texts texts,
                Locale locale) {
            this.workbook = workbook;
            this.export = export;
            this.data = export.data();
            this.mode = mode;
            this.texts = texts;
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            this.styles = new Styles(workbook);
            List<CatalogueItem> all = data.columns();
            this.columns = all.subList(0, Math.min(all.size(), SpreadsheetText.MAX_COLUMNS - NAME_COLUMNS));
        }

        void write() {
            String title = data.teamName() == null ? texts.apply("heatmap.title.mine")
                    : texts.format("heatmap.caption", data.teamName());
            Sheet sheet = sheet(data.teamName() == null ? texts.apply("heatmap.title.mine") : data.teamName(),
                    texts.apply("heatmap.title"));
            int r = 0;
            text(sheet.createRow(r++), 0, title, styles.title);
            text(sheet.createRow(r++), 0, filters(), styles.note);
            if (columns.size() < data.columns().size()) {
                text(sheet.createRow(r++), 0, texts.format("heatmap.export.columns-cut", columns.size()),
                        styles.note);
            }
            if (columns.isEmpty()) {
                text(sheet.createRow(r), 0, texts.apply("heatmap.label.empty"), styles.text);
                legend();
                return;
            }
            sheet.setColumnWidth(0, NAME_WIDTH * 256);
            sheet.setColumnWidth(1, SUB_WIDTH * 256);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(NAME_COLUMNS + c, CELL_WIDTH * 256);
            }
            r = groups(sheet, r);
            r = codes(sheet, r);
            if (data.rows().size() >= 2) {
                r = summaries(sheet, r);
            }
            sheet.createFreezePane(NAME_COLUMNS, r);
            if (data.rows().isEmpty()) {
                text(sheet.createRow(r), 0, texts.apply("heatmap.label.emptyRows"), styles.text);
            }
            for (HeatmapData.Row person : data.rows()) {
                person(sheet.createRow(r++), person);
            }
            legend();
        }

        /** "Framework: All · Category: All · … · Exported on 22 Nov 2026". */
        private String filters() {
            HeatmapQuery query = data.query();
            String all = texts.apply("heatmap.all");
            List<String> parts = new ArrayList<>();
            parts.add(texts.format("heatmap.export.filter", texts.apply("heatmap.framework"),
                    export.frameworkName() == null ? all : export.frameworkName()));
            parts.add(texts.format("heatmap.export.filter", texts.apply("heatmap.category"),
                    query.category() == null ? all : query.category()));
            if (data.teamName() != null) {
                parts.add(texts.format("heatmap.export.filter", texts.apply("heatmap.job-profile"),
                        export.jobProfileName() == null ? all : export.jobProfileName()));
            }
            parts.add(texts.format("heatmap.export.filter", texts.apply("heatmap.source"),
                    texts.apply("heatmap.source." + query.source().name().toLowerCase(Locale.ROOT))));
            parts.add(texts.format("heatmap.export.filter", texts.apply("heatmap.colour"),
                    texts.apply("heatmap.colour." + mode.name().toLowerCase(Locale.ROOT))));
            parts.add(texts.format("heatmap.export.filter", texts.apply("heatmap.as-of"),
                    query.asOf() == null ? texts.apply("heatmap.as-of.today") : dates.format(query.asOf())));
            if (query.onlyGaps()) {
                parts.add(texts.apply("heatmap.only-gaps"));
            }
            parts.add(texts.format("heatmap.export.made-on", dates.format(export.madeOn())));
            return String.join(" · ", parts);
        }

        /** The framework and category rows: one merged cell per group, as on screen. */
        private int groups(Sheet sheet, int r) {
            Row frameworks = sheet.createRow(r);
            Row categories = sheet.createRow(r + 1);
            text(categories, 0, null, styles.category);
            text(categories, 1, null, styles.category);
            int frameworkStart = 0;
            int categoryStart = 0;
            for (int c = 0; c <= columns.size(); c++) {
                CatalogueItem item = c < columns.size() ? columns.get(c) : null;
                CatalogueItem first = columns.get(categoryStart);
                boolean newFramework = item == null || !item.family().equals(columns.get(frameworkStart).family());
                if (newFramework || !java.util.Objects.equals(item.categoryName(), first.categoryName())) {
                    group(sheet, categories, r + 1, categoryStart, c, first.categoryName(), styles.category);
                    categoryStart = c;
                }
                if (newFramework) {
                    group(sheet, frameworks, r, frameworkStart, c, columns.get(frameworkStart).frameworkName(),
                            styles.framework);
                    frameworkStart = c;
                }
            }
            return r + 2;
        }

        private void group(Sheet sheet, Row row, int r, int from, int to, String name, CellStyle style) {
            for (int c = from; c < to; c++) {
                text(row, NAME_COLUMNS + c, c == from ? name : null, style);
            }
            if (to - from > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, NAME_COLUMNS + from, NAME_COLUMNS + to - 1));
            }
        }

        /** The row of codes (the short label the screen shows), each with the item's full name in a comment. */
        private int codes(Sheet sheet, int r) {
            Row row = sheet.createRow(r);
            text(row, 0, texts.apply("heatmap.label.person"), styles.header);
            text(row, 1, texts.apply("heatmap.job-profile"), styles.header);
            int longest = columns.stream().mapToInt(item -> item.shortLabel().length()).max().orElse(0);
            // the screen turns the codes on their side when one is longer than five characters
            boolean vertical = longest > 5;
            if (vertical) {
                row.setHeightInPoints((float) Math.min(150, 14 + longest * 6.5) * 0.75f);
            }
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            CreationHelper helper = workbook.getCreationHelper();
            for (int c = 0; c < columns.size(); c++) {
                CatalogueItem item = columns.get(c);
                Cell cell = text(row, NAME_COLUMNS + c, item.shortLabel(),
                        vertical ? styles.codeVertical : styles.code);
                comment(drawing, helper, cell, item.itemCode() + " · " + item.itemName() + "\n" + item.frameworkName()
                        + (item.categoryName() == null ? "" : " · " + item.categoryName()));
            }
            return r + 1;
        }

        private int summaries(Sheet sheet, int r) {
            Row average = summaryRow(sheet, r, "heatmap.summary.average");
            Row median = summaryRow(sheet, r + 1, "heatmap.summary.median");
            Row atTarget = summaryRow(sheet, r + 2, "heatmap.summary.at-target");
            Row holders = summaryRow(sheet, r + 3, "heatmap.summary.holders");
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            CreationHelper helper = workbook.getCreationHelper();
            for (int c = 0; c < columns.size(); c++) {
                HeatmapData.ColumnSummary summary = data.summaries().get(c);
                int column = NAME_COLUMNS + c;
                text(average, column, summary.averageText() == null ? NOT_ASSESSED : summary.averageText(),
                        styles.summary);
                text(median, column, summary.median() == null ? NOT_ASSESSED : summary.median(), styles.summary);
                text(atTarget, column, summary.withTarget() == 0 ? NOT_ASSESSED : HeatmapPayload.atTarget(summary),
                        styles.summary);
                if (summary.neededLevel() == null) {
                    text(holders, column, NOT_ASSESSED, styles.summary);
                } else {
                    Cell cell = number(holders, column, summary.holders(),
                            summary.singlePointOfFailure() ? styles.flagged : styles.summary);
                    if (summary.singlePointOfFailure()) {
                        String key = summary.holders() == 0 ? "heatmap.summary.holders.none"
                                : "heatmap.summary.holders.single";
                        comment(drawing, helper, cell, texts.format(key, summary.holders(), summary.neededLevel()));
                    }
                }
            }
            return r + 4;
        }

        private Row summaryRow(Sheet sheet, int r, String key) {
            Row row = sheet.createRow(r);
            text(row, 0, texts.apply(key), styles.summaryLabel);
            text(row, 1, null, styles.summaryLabel);
            return row;
        }

        private void person(Row row, HeatmapData.Row person) {
            text(row, 0, person.name(), styles.name);
            String lead = texts.apply("heatmap.label.lead");
            String sub = person.lead() ? (person.jobProfile() == null ? lead : person.jobProfile() + " · " + lead)
                    : person.jobProfile();
            text(row, 1, sub, styles.sub);
            for (int c = 0; c < columns.size(); c++) {
                cell(row, NAME_COLUMNS + c, columns.get(c), person.cells().get(c));
            }
        }

        /** One cell as the screen draws it: its colour, its text, and the marks for self-only and stale. */
        private void cell(Row row, int column, CatalogueItem item, HeatmapData.Cell cell) {
            if (!cell.assessed()) {
                text(row, column, NOT_ASSESSED, styles.empty);
                return;
            }
            boolean selfOnly = cell.from() == AssessmentKind.SELF;
            if (mode == HeatmapPayload.Mode.LEVEL) {
                CellStyle style = styles.level(HeatmapColours.level(position(item, cell.level())), null, selfOnly,
                        cell.stale());
                level(row, column, cell.levelCode(), style);
            } else if (!cell.hasTarget()) {
                CellStyle style = styles.level(HeatmapColours.NO_TARGET, HeatmapColours.NO_TARGET_TEXT, selfOnly,
                        cell.stale());
                level(row, column, cell.levelCode(), style);
            } else {
                int gap = cell.level() - cell.target();
                CellStyle style = styles.level(HeatmapColours.gap(gap), null, selfOnly, cell.stale());
                text(row, column, cell.levelCode() + " " + gapText(gap), style);
            }
        }

        /** The legend sheet: colours, marks, and every skill and criterion by its full name. */
        private void legend() {
            Sheet sheet = sheet(texts.apply("heatmap.export.legend"), "Legend");
            sheet.setColumnWidth(0, 10 * 256);
            sheet.setColumnWidth(1, 44 * 256);
            sheet.setColumnWidth(2, 30 * 256);
            sheet.setColumnWidth(3, 30 * 256);
            int r = 0;
            text(sheet.createRow(r++), 0, texts.apply("heatmap.export.legend"), styles.title);
            r++;
            if (mode == HeatmapPayload.Mode.GAP) {
                text(sheet.createRow(r++), 0, texts.apply("heatmap.label.legendGap"), styles.header);
                r = swatch(sheet, r, MINUS + "3", styles.level(HeatmapColours.gap(-3), null, false, false),
                        texts.apply("heatmap.label.below"), null);
                r = swatch(sheet, r, MINUS + "2", styles.level(HeatmapColours.gap(-2), null, false, false),
                        texts.apply("heatmap.label.below"), null);
                r = swatch(sheet, r, MINUS + "1", styles.level(HeatmapColours.gap(-1), null, false, false),
                        texts.apply("heatmap.label.below"), null);
                r = swatch(sheet, r, "=", styles.level(HeatmapColours.gap(0), null, false, false),
                        texts.apply("heatmap.label.at"), null);
                r = swatch(sheet, r, "+1", styles.level(HeatmapColours.gap(1), null, false, false),
                        texts.apply("heatmap.label.above"), null);
                r = swatch(sheet, r, "+2", styles.level(HeatmapColours.gap(2), null, false, false),
                        texts.apply("heatmap.label.above"), null);
                r = swatch(sheet, r, "3", styles.level(HeatmapColours.NO_TARGET, HeatmapColours.NO_TARGET_TEXT,
                        false, false), texts.apply("heatmap.label.noTarget"), null);
            } else {
                text(sheet.createRow(r++), 0, texts.apply("heatmap.label.legendLevel"), styles.header);
                Map<String, Integer> seen = new LinkedHashMap<>();
                List<Object[]> entries = new ArrayList<>();
                for (CatalogueItem item : columns) {
                    for (int i = 0; i < item.levelCodes().size(); i++) {
                        if (seen.putIfAbsent(item.family() + "\u0000" + item.levelCodes().get(i), i) == null) {
                            entries.add(new Object[] {item, i});
                        }
                    }
                }
                entries.sort(java.util.Comparator.comparing((Object[] entry) -> ((CatalogueItem) entry[0])
                        .frameworkName()).thenComparingDouble(entry -> position((CatalogueItem) entry[0],
                                (Integer) entry[1])));
                for (Object[] entry : entries) {
                    CatalogueItem item = (CatalogueItem) entry[0];
                    int i = (Integer) entry[1];
                    String code = item.levelCodes().get(i);
                    String name = item.levelNames().get(i);
                    r = swatch(sheet, r, code, styles.level(HeatmapColours.level(position(item, i)), null, false,
                            false), name == null || name.equals(code) ? null : name, item.frameworkName());
                }
            }
            r++;
            r = swatch(sheet, r, NOT_ASSESSED, styles.empty, texts.apply("heatmap.label.none"), null);
            r = swatch(sheet, r, "3", styles.level(HeatmapColours.NO_TARGET, HeatmapColours.NO_TARGET_TEXT, false,
                    true), texts.apply("heatmap.label.stale"), texts.format("heatmap.export.stale-before",
                            dates.format(data.staleBefore())));
            r = swatch(sheet, r, "3", styles.level(HeatmapColours.NO_TARGET, HeatmapColours.NO_TARGET_TEXT, true,
                    false), texts.apply("heatmap.label.selfOnly"), null);
            r = swatch(sheet, r, "1", styles.flagged, texts.apply("heatmap.export.single-point"), null);
            r++;
            Row heading = sheet.createRow(r++);
            text(heading, 0, texts.apply("heatmap.export.column.item-code"), styles.header);
            text(heading, 1, texts.apply("heatmap.export.items"), styles.header);
            text(heading, 2, texts.apply("heatmap.framework"), styles.header);
            text(heading, 3, texts.apply("heatmap.category"), styles.header);
            for (CatalogueItem item : columns) {
                Row row = sheet.createRow(r++);
                text(row, 0, item.itemCode(), styles.text);
                text(row, 1, item.itemName(), styles.text);
                text(row, 2, item.frameworkName(), styles.text);
                text(row, 3, item.categoryName(), styles.text);
            }
        }

        private int swatch(Sheet sheet, int r, String sample, CellStyle style, String meaning, String detail) {
            Row row = sheet.createRow(r);
            level(row, 0, sample, style);
            text(row, 1, meaning, styles.text);
            text(row, 2, detail, styles.text);
            return r + 1;
        }

        private Sheet sheet(String wanted, String fallback) {
            Sheet sheet = workbook.createSheet(SpreadsheetText.sheetName(wanted, fallback, sheetNames));
            sheetNames.add(sheet.getSheetName());
            return sheet;
        }

        private static void comment(Drawing<?> drawing, CreationHelper helper, Cell cell, String text) {
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

    /** Where a level sits on its scale, as the screen gets it (rounded to three decimals in the payload). */
    static double position(CatalogueItem item, int index) {
        return Math.round(item.position(index) * 1000) / 1000.0;
    }

    /** "−1", "=", "+2": the screen's small text after the level in gap colouring. */
    static String gapText(int gap) {
        return gap < 0 ? MINUS + -gap : gap == 0 ? "=" : "+" + gap;
    }

    // ---------------------------------------------------------------- the history

    /** Writes the history as the service hands it over; a new sheet when one is full. */
    private static final class HistorySheets implements HistorySink {

        private final Workbook workbook;
        private final Texts texts;
        private final DateTimeFormatter dates;
        private final Styles styles;
        private final Map<AssessmentKind, String> kinds = new EnumMap<>(AssessmentKind.class);
        private final List<String> headings;
        private final Set<String> sheetNames = new HashSet<>();
        private final List<Sheet> sheets = new ArrayList<>();
        private String title;
        private String made;
        private Sheet sheet;
        private int next;
        long lines;

        HistorySheets(Workbook workbook, Texts texts, Locale locale) {
            this.workbook = workbook;
            this.texts = texts;
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            this.styles = new Styles(workbook);
            for (AssessmentKind kind : AssessmentKind.values()) {
                kinds.put(kind, texts.apply("assessment.kind." + kind.name().toLowerCase(Locale.ROOT)));
            }
            // the columns an upload reads carry the upload's headers, so an export can be uploaded again
            headings = List.of(texts.apply("sheets.column.person"), texts.apply("heatmap.label.person"),
                    texts.apply("sheets.column.framework"), texts.apply("sheets.column.item"),
                    texts.apply("heatmap.export.column.item-name"), texts.apply("sheets.column.level"),
                    texts.apply("sheets.column.kind"), texts.apply("sheets.column.date"),
                    texts.apply("cell.column.period"), texts.apply("cell.column.assessor"),
                    texts.apply("sheets.column.evidence"));
        }

        @Override
        public void start(String teamName, LocalDate madeOn) {
            title = teamName == null ? texts.apply("heatmap.export.history.title-all")
                    : texts.format("heatmap.export.history.title", teamName);
            made = texts.format("heatmap.export.made-on", dates.format(madeOn));
            newSheet();
        }

        @Override
        public void line(HistoryLine line) {
            if (next >= SpreadsheetText.MAX_ROWS) {
                newSheet();
            }
            Row row = sheet.createRow(next++);
            value(row, 0, line.personKey());
            value(row, 1, line.personName());
            value(row, 2, line.family());
            value(row, 3, line.itemCode());
            value(row, 4, line.itemName());
            level(row, 5, line.levelCode(), styles.text);
            value(row, 6, kinds.get(line.kind()));
            Cell day = row.createCell(7);
            day.setCellValue(line.assessedOn());
            day.setCellStyle(styles.date);
            value(row, 8, line.periodName());
            value(row, 9, line.assessorName());
            value(row, 10, line.evidence());
            lines++;
        }

        /**
         * A text cell, or none for no text. Every cell gets a style of its own: without one, SXSSF looks the
         * column's default style up for every cell it writes, which costs more than the rest of the row.
         */
        private void value(Row row, int column, String text) {
            if (text != null) {
                text(row, column, text, styles.text);
            }
        }

        private void newSheet() {
            String name = texts.apply("heatmap.export.history.sheet");
            sheet = workbook.createSheet(SpreadsheetText.sheetName(sheets.isEmpty() ? name
                    : name + " (" + (sheets.size() + 1) + ")", "History", sheetNames));
            sheetNames.add(sheet.getSheetName());
            sheets.add(sheet);
            text(sheet.createRow(0), 0, title + " · " + made, styles.title);
            Row header = sheet.createRow(1);
            for (int c = 0; c < headings.size(); c++) {
                text(header, c, headings.get(c), styles.header);
                sheet.setColumnWidth(c, HISTORY_WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 2);
            next = 2;
        }

        void finish() {
            if (sheet == null) {
                throw new IllegalStateException("the history was never started");
            }
            for (Sheet each : sheets) {
                int last = each == sheet ? next - 1 : SpreadsheetText.MAX_ROWS - 1;
                each.setAutoFilter(new CellRangeAddress(1, Math.max(1, last), 0, headings.size() - 1));
            }
        }
    }

    // ---------------------------------------------------------------- cells and styles

    /** A text cell, neutralised and cut to Excel's limit; a {@code null} text leaves it empty (but styled). */
    private static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(SpreadsheetText.exported(value));
        }
        cell.setCellStyle(style);
        return cell;
    }

    private static Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A level code: a number when it is one (so that Excel neither flags nor sorts it as text), else text. */
    private static void level(Row row, int column, String code, CellStyle style) {
        if (code != null && NUMBER.matcher(code).matches()) {
            number(row, column, Long.parseLong(code), style);
        } else {
            text(row, column, code, style);
        }
    }

    /** The workbook's styles: a fixed few, and one per colour and mark actually shown, each created once. */
    private static final class Styles {

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
        final CellStyle flagged;
        final CellStyle name;
        final CellStyle sub;
        final CellStyle empty;
        final CellStyle text;
        final CellStyle date;

        Styles(Workbook workbook) {
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
            summaryLabel = style("#fafbfc", font("#4a5563", true, false, 10));
            summaryLabel.setAlignment(HorizontalAlignment.RIGHT);
            summary = centred(style("#fafbfc", font("#1f2933", false, false, 10)));
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
}
