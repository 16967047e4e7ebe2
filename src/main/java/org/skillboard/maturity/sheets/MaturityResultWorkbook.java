package org.skillboard.maturity.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.RadarStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.skillboard.excel.write.WorkbookStyles;
import org.skillboard.excel.Texts;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.maturity.MaturityModel;
import org.skillboard.maturity.UnitResult;

/**
 * A unit's CX maturity in one round as a workbook: per dimension the median level today and in
 * five years, the gap and the spread, the model's levels, and a native Excel radar chart of
 * today against the target drawn from those cells (so it follows if someone edits them). A
 * handful of rows and one chart: an {@link XSSFWorkbook} in memory is the simple choice here.
 */
final class MaturityResultWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int HEADER_ROW = 3;
    private static final int CHART_COLUMN = 8;

    private MaturityResultWorkbook() {
    }

    static void write(MaturityModel model, UnitResult result, String unitName, Texts texts, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(SpreadsheetText.sheetName(texts.format("maturity.export.sheet"),
                    "CX", Set.of()));
            sheet.setColumnWidth(0, 34 * 256);
            for (int c = 1; c <= 6; c++) {
                sheet.setColumnWidth(c, 15 * 256);
            }
            text(sheet.createRow(0), 0, texts.format("maturity.unit.title", unitName), styles.title);
            text(sheet.createRow(1), 0, result.assessed()
                    ? texts.format("maturity.unit.subtitle", model.name(), result.round().name(), result.assessors())
                    : texts.format("maturity.unit.not-assessed", model.name()), styles.plain);

            Row header = sheet.createRow(HEADER_ROW);
            List<String> titles = List.of(texts.format("maturity.sheet.column.dimension"),
                    texts.format("maturity.series.today"), texts.format("maturity.series.target"),
                    texts.format("maturity.export.column.gap"), texts.format("maturity.export.column.today-spread"),
                    texts.format("maturity.export.column.target-spread"));
            for (int c = 0; c < titles.size(); c++) {
                text(header, c, titles.get(c), styles.header);
            }
            int first = HEADER_ROW + 1;
            List<UnitResult.DimensionResult> dimensions = result.dimensions();
            for (int i = 0; i < dimensions.size(); i++) {
                UnitResult.DimensionResult dimension = dimensions.get(i);
                Row row = sheet.createRow(first + i);
                text(row, 0, dimension.name(), styles.wrapped);
                number(row, 1, dimension.today().median(), styles.number);
                number(row, 2, dimension.target().median(), styles.number);
                number(row, 3, dimension.gap(), styles.number);
                text(row, 4, spread(dimension.today()), styles.plain);
                text(row, 5, spread(dimension.target()), styles.plain);
            }
            int last = first + dimensions.size() - 1;

            int row = last + 2;
            Row levelsHeader = sheet.createRow(row++);
            text(levelsHeader, 0, model.scaleName() != null ? model.scaleName()
                    : texts.format("maturity.sheet.column.level-name"), styles.header);
            text(levelsHeader, 1, texts.format("maturity.sheet.column.level"), styles.header);
            for (MaturityModel.Level level : model.levels()) {
                Row line = sheet.createRow(row++);
                text(line, 0, level.label(), styles.wrapped);
                number(line, 1, (double) level.rank(), styles.whole);
            }
            if (!dimensions.isEmpty()) {
                radar(sheet, model, first, last, Math.max(row, 22), texts);
            }
            workbook.write(out);
        }
    }

    /** The radar of today against the target, from the median cells, on the level scale. */
    private static void radar(XSSFSheet sheet, MaturityModel model, int first, int last, int height, Texts texts) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, 0, CHART_COLUMN + 10, height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(texts.format("maturity.export.chart"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis axes = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis levels = chart.createValueAxis(AxisPosition.LEFT);
        levels.setCrosses(AxisCrosses.AUTO_ZERO);
        levels.setMinimum(0);
        levels.setMaximum(model.scaleSize());
        levels.setMajorUnit(1);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        XDDFRadarChartData data = (XDDFRadarChartData) chart.createData(ChartTypes.RADAR, axes, levels);
        data.setStyle(RadarStyle.MARKER);
        data.setVaryColors(false);
        series(data, sheet, names, first, last, 1, PresetColor.ROYAL_BLUE);
        series(data, sheet, names, first, last, 2, PresetColor.DARK_ORANGE);
        chart.plot(data);
    }

    private static void series(XDDFRadarChartData data, XSSFSheet sheet, XDDFDataSource<String> names, int first,
            int last, int column, PresetColor colour) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, column, column));
        XDDFChartData.Series series = data.addSeries(names, values);
        series.setTitle(sheet.getRow(HEADER_ROW).getCell(column).getStringCellValue(),
                new CellReference(sheet.getSheetName(), HEADER_ROW, column, true, true));
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        line.setWidth(2.0);
        XDDFShapeProperties shape = series.getShapeProperties() == null ? new XDDFShapeProperties()
                : series.getShapeProperties();
        shape.setLineProperties(line);
        series.setShapeProperties(shape);
    }

    /** "2–4", or empty when nobody chose a level. */
    private static String spread(UnitResult.Spread spread) {
        return spread.min() == null ? null : spread.min() + "–" + spread.max();
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (text != null && !text.isEmpty()) {
            cell.setCellValue(SpreadsheetText.exported(text));
        }
    }

    private static void number(Row row, int column, Double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** The few styles the workbook uses, created once. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle plain;
        final CellStyle wrapped;
        final CellStyle header;
        final CellStyle number;
        final CellStyle whole;

        Styles(XSSFWorkbook workbook) {
            WorkbookStyles shared = new WorkbookStyles(workbook);
            title = shared.title;
            plain = workbook.createCellStyle();
            wrapped = shared.wrapped;
            header = shared.like(shared.header);
            header.setWrapText(true);
            number = shared.number("0.0");
            whole = shared.number("0");
        }
    }
}
