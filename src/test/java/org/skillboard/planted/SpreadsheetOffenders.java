package org.skillboard.planted;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillboard.maturity.sheets.MaturitySheets;

/**
 * Spreadsheet code in the wrong place, planted so that {@code ArchitectureRulesCatchOffendersTest}
 * can prove the spreadsheet rules of {@code ArchitectureTest} fail on it. Never called.
 */
final class SpreadsheetOffenders {

    private SpreadsheetOffenders() {
    }

    static Object writesAWorkbookOutsideExcelAndSheets() {
        return new SXSSFWorkbook();
    }

    static Object usesAnotherFeaturesSheets(MaturitySheets sheets) {
        return sheets.maxBytes();
    }
}
