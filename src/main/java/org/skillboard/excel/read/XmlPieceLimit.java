package org.skillboard.excel.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a part whose single pieces of markup (a tag with its attributes, a comment, a CDATA section, a
 * processing instruction) are longer than a limit, as its bytes stream past, before a parser holds such a
 * piece in memory.
 *
 * <p>XML parsers hold a whole attribute value or comment in memory before they hand it on, and the JDK's
 * sets no limit on their length (it limits names to 1,000 characters). The packaging limits still let a
 * part of a few megabytes unpack to a comment of hundreds of megabytes (a ratio below that of a zip bomb),
 * which would take the whole heap of the server. Spreadsheet programs write pieces of at most a few
 * kilobytes (a cell holds at most 32,767 characters), so a megabyte is far beyond anything real. Text
 * between tags is not limited here: the JDK's parser hands it on in chunks, the readers limit the values
 * they keep (a cell's text to 32,767 characters), and the packaging limits stop a text of nothing but
 * repetition as a zip bomb.
 *
 * <p>A document type declaration is refused as soon as it starts (as {@link SafeXml} refuses it), and so
 * is a part in UTF-16 or UTF-32. {@link SafeXml} has the parser read every part as UTF-8 (spreadsheet
 * programs write nothing else), so that the parser sees the pieces where these bytes show them.
 */
final class XmlPieceLimit extends FilterInputStream {

    /** The longest piece of XML a part may hold, in bytes. */
    static final int MAX_PIECE_BYTES = 1024 * 1024;

    // where the byte read last left the part (ints rather than an enum: every byte of a part passes here)
    private static final int TEXT = 0;
    private static final int LESS_THAN = 1;
    private static final int BANG = 2;
    private static final int BANG_DASH = 3;
    private static final int TAG = 4;
    private static final int QUOTED = 5;
    private static final int COMMENT = 6;
    private static final int CDATA = 7;
    private static final int INSTRUCTION = 8;

    private final int limit;
    private int state = TEXT;
    /** The bytes of the current piece of markup so far, its {@code <} included. */
    private long piece;
    /** How many of the part's first two bytes were seen. */
    private int seen;
    private byte quote;
    /** How many of the closing character came last, in a comment, CDATA section or instruction. */
    private int closings;

    XmlPieceLimit(InputStream in) {
        this(in, MAX_PIECE_BYTES);
    }

    XmlPieceLimit(InputStream in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        if (read > 0) {
            see(buffer, offset, offset + read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte must be seen
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        // bytes read again after a reset would be seen twice
        return false;
    }

    @Override
    public void mark(int readLimit) {
        // not supported
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("mark and reset are not supported");
    }

    private void see(byte[] buffer, int from, int end) throws IOException {
        for (int i = from; i < end && seen < 2; i++, seen++) {
            // UTF-16 and UTF-32 begin with a byte-order mark, or hold a zero byte next to the first "<"
            if (buffer[i] == 0 || seen == 0 && (buffer[i] == (byte) 0xFE || buffer[i] == (byte) 0xFF)) {
                throw damaged();
            }
        }
        int state = this.state;
        long piece = this.piece;
        int closings = this.closings;
        for (int i = from; i < end; i++) {
            byte b = buffer[i];
            if (state != TEXT && ++piece > limit) {
                throw tooLong();
            }
            switch (state) {
                case TEXT -> {
                    if (b == '<') {
                        state = LESS_THAN;
                        piece = 1;
                        closings = 0;
                    }
                }
                case TAG -> state = inTag(b);
                case QUOTED -> {
                    if (b == quote) {
                        state = TAG;
                    }
                }
                case LESS_THAN -> state = b == '!' ? BANG : b == '?' ? INSTRUCTION : inTag(b);
                case BANG -> {
                    if (b == '-') {
                        state = BANG_DASH;
                    } else if (b == '[') {
                        state = CDATA;
                    } else {
                        // <!DOCTYPE, and the declarations that only a document type holds
                        throw new Refusals.Unpack(new SpreadsheetRefusal("spreadsheet.error.entities"));
                    }
                }
                // "<!-" without a second dash is not XML: read on as a tag, the parser refuses it
                case BANG_DASH -> state = b == '-' ? COMMENT : inTag(b);
                default -> {
                    // a comment, CDATA section or instruction ends at ">" right after "--", "]]" or "?"; the
                    // dashes that open a comment do not count
                    byte closing = state == COMMENT ? (byte) '-' : state == CDATA ? (byte) ']' : (byte) '?';
                    if (b == '>' && closings >= (state == INSTRUCTION ? 1 : 2)) {
                        state = TEXT;
                    } else {
                        closings = b == closing ? closings + 1 : 0;
                    }
                }
            }
        }
        this.piece = piece;
        this.state = state;
        this.closings = closings;
    }

    /** The state after a byte inside a tag: a quote opens a value (which may hold {@code >}), {@code >} ends it. */
    private int inTag(byte b) {
        if (b == '"' || b == '\'') {
            quote = b;
            return QUOTED;
        }
        return b == '>' ? TEXT : TAG;
    }

    private Refusals.Unpack tooLong() {
        return new Refusals.Unpack(new SpreadsheetRefusal("spreadsheet.error.xml-too-long", limit / (1024 * 1024)));
    }

    private static Refusals.Unpack damaged() {
        return new Refusals.Unpack(new SpreadsheetRefusal("spreadsheet.error.damaged"));
    }
}
