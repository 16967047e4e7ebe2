package org.skillboard.excel.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a read handed to its handler: the sheets in order, and the rows of each (or only their count). */
final class Recorder implements RowHandler {

    final List<SheetInfo> sheets = new ArrayList<>();
    final Map<String, List<SheetRow>> rows = new LinkedHashMap<>();
    private final boolean keepRows;
    private long rowCount;
    private SheetInfo open;

    private Recorder(boolean keepRows) {
        this.keepRows = keepRows;
    }

    /** Reads the file with the default limits and keeps every row. */
    static Recorder read(byte[] file) {
        return read(file, XlsxReader.Limits.DEFAULTS, true);
    }

    static Recorder read(byte[] file, XlsxReader.Limits limits, boolean keepRows) {
        Recorder recorder = new Recorder(keepRows);
        try {
            XlsxReader.read(new ByteArrayInputStream(file), limits, recorder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return recorder;
    }

    static Recorder keeping() {
        return new Recorder(true);
    }

    @Override
    public void startSheet(SheetInfo sheet) {
        if (open != null) {
            throw new AssertionError("sheet " + sheet + " started inside " + open);
        }
        open = sheet;
        sheets.add(sheet);
        rows.put(sheet.name(), new ArrayList<>());
    }

    @Override
    public void row(SheetInfo sheet, SheetRow row) {
        if (!sheet.equals(open)) {
            throw new AssertionError("row of " + sheet + " outside it");
        }
        rowCount++;
        if (keepRows) {
            rows.get(sheet.name()).add(row);
        }
    }

    @Override
    public void endSheet(SheetInfo sheet) {
        if (!sheet.equals(open)) {
            throw new AssertionError("end of " + sheet + " that was not started");
        }
        open = null;
    }

    long rowCount() {
        return rowCount;
    }

    /** Whether the handler was never called: a refused file stores nothing. */
    boolean sawNothing() {
        return sheets.isEmpty() && rowCount == 0;
    }

    /** The rows of a sheet, each as its normalised texts by column letter, such as {@code {A=3, C=b}}. */
    List<Map<String, String>> texts(String sheet) {
        List<Map<String, String>> texts = new ArrayList<>();
        for (SheetRow row : rows.get(sheet)) {
            Map<String, String> cells = new LinkedHashMap<>();
            row.cells().forEach(cell -> cells.put(cell.columnName(), cell.text()));
            texts.add(cells);
        }
        return texts;
    }
}
