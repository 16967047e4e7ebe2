package org.skillboard.excel.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What every sheet of a workbook refers to: the worksheets in the workbook's order with their parts, the
 * date system, which cell styles show a date, and the shared strings. Read once per upload; only the
 * shared strings can be large, and they are within the upload's unpacking limit.
 */
final class WorkbookParts {

    /** Excel's escape for a character XML cannot hold, such as {@code _x000D_}; {@code _x005F_} is "_". */
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** An escaped text is at most this many times longer than the text (one character, seven to escape). */
    private static final int ESCAPE_GROWTH = 7;

    /** A worksheet and the part that holds its cells. */
    record Worksheet(SheetInfo info, String part) {
    }

    final List<Worksheet> worksheets = new ArrayList<>();
    final List<String> sharedStrings = new ArrayList<>();
    boolean date1904;
    private final List<Integer> styleFormats = new ArrayList<>();
    private final Map<Integer, String> customFormats = new HashMap<>();
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private WorkbookParts() {
    }

    static WorkbookParts read(XlsxPackage xlsx, XlsxPackage.Unpacking unpacking) {
        String workbook = xlsx.workbookPart(unpacking);
        Map<String, XlsxPackage.Relationship> relationships = new HashMap<>();
        xlsx.relationships(workbook, unpacking).forEach(relationship -> relationships.put(relationship.id(),
                relationship));
        WorkbookParts parts = new WorkbookParts();
        xlsx.parse(workbook, unpacking, parts.new WorkbookHandler(relationships));
        for (XlsxPackage.Relationship relationship : relationships.values()) {
            if (relationship.is("styles") && xlsx.exists(relationship.target())) {
                xlsx.parse(relationship.target(), unpacking, parts.new StylesHandler());
            } else if (relationship.is("sharedStrings") && xlsx.exists(relationship.target())) {
                xlsx.parse(relationship.target(), unpacking,
                        parts.new SharedStringsHandler(unpacking.limits().maxCellText()));
            }
        }
        for (Worksheet worksheet : parts.worksheets) {
            if (!xlsx.exists(worksheet.part())) {
                throw new SpreadsheetRefusal("spreadsheet.error.damaged");
            }
        }
        return parts;
    }

    /** Whether cells of the style (its index in the workbook's cell formats) show a date or time. */
    boolean isDateStyle(int style) {
        if (style < 0 || style >= styleFormats.size()) {
            return false;
        }
        return dateStyles.computeIfAbsent(style, index -> {
            int format = styleFormats.get(index);
            String code = customFormats.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format));
            return code != null && DateUtil.isADateFormat(format, code);
        });
    }

    /** The text with Excel's {@code _xHHHH_} escapes decoded, as Excel and POI decode them. */
    static String unescaped(CharSequence text) {
        if (text.isEmpty() || text.toString().indexOf("_x") < 0) {
            return text.toString();
        }
        Matcher escape = ESCAPE.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (escape.find()) {
            escape.appendReplacement(decoded, "");
            decoded.append((char) Integer.parseInt(escape.group(1), 16));
        }
        escape.appendTail(decoded);
        return decoded.toString();
    }

    /** Refuses a text beyond the limit while it is being read, before it can fill the memory. */
    static void checkGrowing(CharSequence text, int maxCellText) throws SAXException {
        if (text.length() > (long) maxCellText * ESCAPE_GROWTH) {
            throw tooLong(maxCellText);
        }
    }

    static Refusals.Stop tooLong(int maxCellText) {
        return new Refusals.Stop(new SpreadsheetRefusal("spreadsheet.error.text-too-long", maxCellText));
    }

    /** workbook.xml: the date system and the sheets, in order, with their names and visibility. */
    private final class WorkbookHandler extends DefaultHandler {

        private final Map<String, XlsxPackage.Relationship> relationships;

        WorkbookHandler(Map<String, XlsxPackage.Relationship> relationships) {
            this.relationships = relationships;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (localName.equals("workbookPr")) {
                String system = attributes.getValue("date1904");
                date1904 = "1".equals(system) || "true".equals(system);
            } else if (localName.equals("sheet")) {
                String name = attributes.getValue("name");
                XlsxPackage.Relationship relationship = relationships.get(relationshipId(attributes));
                if (name == null || relationship == null) {
                    throw new Refusals.Stop(new SpreadsheetRefusal("spreadsheet.error.damaged"));
                }
                // chart sheets, dialog sheets and macro sheets hold no cells to read
                if (relationship.is("worksheet")) {
                    String state = attributes.getValue("state");
                    boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
                    worksheets.add(new Worksheet(new SheetInfo(name, worksheets.size(), hidden),
                            relationship.target()));
                }
            }
        }

        /** The sheet's {@code r:id}, in the transitional or the strict relationships namespace. */
        private static String relationshipId(Attributes attributes) {
            for (int i = 0; i < attributes.getLength(); i++) {
                if (attributes.getLocalName(i).equals("id") && attributes.getURI(i).endsWith("relationships")) {
                    return attributes.getValue(i);
                }
            }
            return null;
        }
    }

    /** styles.xml: the number format of each cell format, and the workbook's own number formats. */
    private final class StylesHandler extends DefaultHandler {

        private boolean inCellFormats;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "numFmt" -> {
                    Integer id = number(attributes.getValue("numFmtId"));
                    String code = attributes.getValue("formatCode");
                    if (id != null && code != null) {
                        customFormats.put(id, code);
                    }
                }
                case "cellXfs" -> inCellFormats = true;
                case "xf" -> {
                    if (inCellFormats) {
                        Integer id = number(attributes.getValue("numFmtId"));
                        styleFormats.add(id == null ? 0 : id);
                    }
                }
                default -> {
                    // other style parts (fonts, fills, borders) do not change a value
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("cellXfs")) {
                inCellFormats = false;
            }
        }

        private static Integer number(String text) {
            try {
                return text == null ? null : Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /**
     * sharedStrings.xml: the texts cells refer to by index. A rich text's runs are joined; its phonetic
     * guide (furigana) is left out, as Excel shows it only above the text.
     */
    private final class SharedStringsHandler extends DefaultHandler {

        private final int maxCellText;
        private final StringBuilder text = new StringBuilder();
        private int phonetic;
        private boolean inText;

        SharedStringsHandler(int maxCellText) {
            this.maxCellText = maxCellText;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "rPh" -> phonetic++;
                case "t" -> inText = phonetic == 0;
                default -> {
                    // run properties (fonts, colours) do not change the text
                }
            }
        }

        @Override
        public void characters(char[] characters, int start, int length) throws SAXException {
            if (inText) {
                text.append(characters, start, length);
                checkGrowing(text, maxCellText);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "t" -> inText = false;
                case "rPh" -> phonetic--;
                case "si" -> {
                    String string = unescaped(text);
                    if (string.length() > maxCellText) {
                        throw tooLong(maxCellText);
                    }
                    sharedStrings.add(string);
                }
                default -> {
                    // nothing to finish
                }
            }
        }
    }
}
