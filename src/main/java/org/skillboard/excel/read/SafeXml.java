package org.skillboard.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Parses a part of an uploaded workbook with SAX, refusing any document type declaration.
 *
 * <p>Spreadsheet programs never write a DOCTYPE; with one a file can declare entities that expand a few
 * bytes into gigabytes, or that pull in a local file or a URL. The reader is POI's hardened one (secure
 * processing, no external entities, an entity resolver that returns nothing, entity expansion limited),
 * and on top of that the parse stops at the DOCTYPE itself, before any entity is declared or resolved.
 * POI's reader would refuse the DOCTYPE too, but with a parser message that cannot be told apart from any
 * other broken XML; stopping it ourselves lets the user hear what is wrong. The part's bytes pass through
 * {@link XmlPieceLimit} first, so that no attribute, comment or name of hundreds of megabytes reaches the
 * parser, which would hold it whole.
 */
final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    private SafeXml() {
    }

    /**
     * Reads the part into the handler.
     *
     * @throws SpreadsheetRefusal {@code spreadsheet.error.entities} for a DOCTYPE, {@code .damaged} for XML
     *     that is not well-formed, or whatever the handler or the stream refused
     */
    static void parse(InputStream part, ContentHandler handler) {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setFeature(DISALLOW_DOCTYPE, false);
            DoctypeStop stop = new DoctypeStop();
            reader.setProperty(LEXICAL_HANDLER, stop);
            // broken XML is the user's file, not our error: refused, not logged as one
            reader.setErrorHandler(stop);
            reader.setContentHandler(handler);
            InputSource source = new InputSource(new XmlPieceLimit(part));
            // whatever the part declares: another encoding (UTF-16, EBCDIC) would hide its pieces from the limit
            source.setEncoding(StandardCharsets.UTF_8.name());
            reader.parse(source);
        } catch (SAXException | IOException e) {
            throw Refusals.of(e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no SAX parser", e);
        }
    }

    /** Stops the parse where a DOCTYPE starts, and at the first error in the XML. */
    private static final class DoctypeStop extends DefaultHandler2 {

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new Refusals.Stop(new SpreadsheetRefusal("spreadsheet.error.entities"));
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
